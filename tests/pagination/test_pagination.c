/* Iterators (apic/pager.h) of every pagination shape against WireMock (tests/pagination/pages.yaml,
 * run by `make test-pagination`): offset and limit up to a total, page numbers up to a page count,
 * a next cursor, Stripe's starting_after with has_more, a next URL (absolute, then relative), RFC
 * 8288 Link headers, Twilio's meta.next_page_url, and what a spec declares with x-apic-pagination. Each delivers items 1 to 7
 * once, in order, asking for exactly the pages WireMock's journal counts. A page that fails
 * (page 3, a 500) is reported after the items before it; asking again fetches it. A server that
 * answers the same cursor twice is stopped. The eSauti contact list iterates too. */
#include <stdio.h>
#include <string.h>

#include <esauti/esauti.h>
#include <pages/pages.h>

#include "cunit_run.h"
#include "wiremock.h"

static char items[7][64]; /* "{\"id\":\"i1\",\"n\":1}" ... */

static const char *some(char *buf, size_t cap, int from, int to)
{
    size_t n = 0;
    buf[0] = '\0';
    for (int i = from; i <= to; i++) n += (size_t)snprintf(buf + n, cap - n, "%s%s", i > from ? "," : "", items[i - 1]);
    return buf;
}

/* A GET stub: the url (path and query, exact) answers body, with one extra header when given. */
static void stub(const char *url, const char *body, const char *header, const char *value)
{
    char json[4096], headers[1024] = "";
    if (header != NULL) snprintf(headers, sizeof headers, ",\"%s\":\"%s\"", header, value);
    snprintf(json, sizeof json,
             "{\"request\":{\"method\":\"GET\",\"url\":\"%s\"},\"response\":{\"status\":200,"
             "\"headers\":{\"Content-Type\":\"application/json\"%s},\"jsonBody\":%s}}",
             url, headers, body);
    CU_ASSERT_FATAL(wm_stub(json));
}

static long requests(const char *path)
{
    char json[256];
    snprintf(json, sizeof json, "{\"method\":\"GET\",\"urlPath\":\"%s\"}", path);
    return wm_count(json);
}

static pages_client *client_here(void)
{
    pages_config cfg = PAGES_CONFIG_INIT;
    cfg.base_url = wm_url();
    cfg.retry.max_retries = APIC_NO_RETRY; /* a 500 is the test's: reported, not retried */
    pages_client *c = NULL;
    pages_error err = {0};
    CU_ASSERT_EQUAL_FATAL(pages_client_new(&cfg, &c, &err), 0);
    return c;
}

/* Takes every item of an iterator through its next function; checks ids i1..i7 in order. */
#define DRAIN(next_fn, it, err)                                                 \
    do {                                                                        \
        const pages_item *item = NULL;                                          \
        int seen = 0, rc;                                                       \
        while ((rc = next_fn(it, &item, &err)) == 1) {                          \
            char want[16];                                                      \
            snprintf(want, sizeof want, "i%d", ++seen);                         \
            CU_ASSERT_STRING_EQUAL(item->id, want);                             \
        }                                                                       \
        CU_ASSERT_EQUAL(rc, 0);                                                 \
        CU_ASSERT_EQUAL(seen, 7);                                               \
        CU_ASSERT_EQUAL(next_fn(it, &item, &err), 0); /* the end stays the end */ \
    } while (0)

static void test_offset_and_limit_up_to_a_total(void)
{
    char b[1024], body[1200];
    CU_ASSERT_FATAL(wm_reset());
    stub("/offset-items?offset=0&limit=3", (snprintf(body, sizeof body, "{\"total\":7,\"data\":[%s]}", some(b, sizeof b, 1, 3)), body), NULL, NULL);
    stub("/offset-items?offset=3&limit=3", (snprintf(body, sizeof body, "{\"total\":7,\"data\":[%s]}", some(b, sizeof b, 4, 6)), body), NULL, NULL);
    stub("/offset-items?offset=6&limit=3", (snprintf(body, sizeof body, "{\"total\":7,\"data\":[%s]}", some(b, sizeof b, 7, 7)), body), NULL, NULL);
    pages_client *c = client_here();
    pages_list_by_offset_params p = {.has_offset = true, .offset = 0, .has_limit = true, .limit = 3};
    pages_list_by_offset_iter *it = NULL;
    pages_error err = {0};
    CU_ASSERT_EQUAL_FATAL(pages_list_by_offset_iter_new(c, &p, &it, &err), 0);
    CU_ASSERT_EQUAL(requests("/offset-items"), 0); /* nothing before the first item is asked for */
    DRAIN(pages_list_by_offset_iter_next, it, err);
    CU_ASSERT_EQUAL(requests("/offset-items"), 3); /* offset 6 + 1 item reaches the total: no fourth */
    CU_ASSERT_EQUAL(p.offset, 0);                   /* the caller's parameters are not changed */
    pages_list_by_offset_iter_free(it);
    pages_error_clear(&err);
    pages_client_free(c);
}

static void test_an_error_on_page_three(void)
{
    char b[1024], body[1200], json[2048];
    CU_ASSERT_FATAL(wm_reset());
    stub("/offset-items?limit=3", (snprintf(body, sizeof body, "{\"total\":7,\"data\":[%s]}", some(b, sizeof b, 1, 3)), body), NULL, NULL);
    stub("/offset-items?offset=3&limit=3", (snprintf(body, sizeof body, "{\"total\":7,\"data\":[%s]}", some(b, sizeof b, 4, 6)), body), NULL, NULL);
    /* Page 3 fails once, then answers (a WireMock scenario). */
    CU_ASSERT_FATAL(wm_stub("{\"scenarioName\":\"p3\",\"requiredScenarioState\":\"Started\",\"newScenarioState\":\"up\","
                            "\"request\":{\"method\":\"GET\",\"url\":\"/offset-items?offset=6&limit=3\"},"
                            "\"response\":{\"status\":500,\"body\":\"down\"}}"));
    snprintf(json, sizeof json, "{\"scenarioName\":\"p3\",\"requiredScenarioState\":\"up\",\"request\":{\"method\":\"GET\","
             "\"url\":\"/offset-items?offset=6&limit=3\"},\"response\":{\"status\":200,\"headers\":{\"Content-Type\":"
             "\"application/json\"},\"jsonBody\":{\"total\":7,\"data\":[%s]}}}", some(b, sizeof b, 7, 7));
    CU_ASSERT_FATAL(wm_stub(json));
    pages_client *c = client_here();
    pages_list_by_offset_params p = {.has_limit = true, .limit = 3}; /* no offset: the API's first page */
    pages_list_by_offset_iter *it = NULL;
    pages_error err = {0};
    CU_ASSERT_EQUAL_FATAL(pages_list_by_offset_iter_new(c, &p, &it, &err), 0);
    const pages_item *item = NULL;
    int seen = 0, rc;
    while ((rc = pages_list_by_offset_iter_next(it, &item, &err)) == 1) seen++;
    CU_ASSERT_EQUAL(seen, 6); /* the two pages before it were delivered */
    CU_ASSERT_EQUAL(rc, APIC_E_HTTP);
    CU_ASSERT_EQUAL(err.http_status, 500);
    CU_ASSERT_PTR_NULL(item);
    /* Asked again: the same page, which now answers. */
    CU_ASSERT_EQUAL_FATAL(pages_list_by_offset_iter_next(it, &item, &err), 1);
    CU_ASSERT_STRING_EQUAL(item->id, "i7");
    CU_ASSERT_EQUAL(pages_list_by_offset_iter_next(it, &item, &err), 0);
    CU_ASSERT_EQUAL(requests("/offset-items"), 4);
    pages_list_by_offset_iter_free(it);
    pages_error_clear(&err);
    pages_client_free(c);
}

static void test_page_numbers_up_to_a_page_count(void)
{
    char b[1024], body[1200];
    CU_ASSERT_FATAL(wm_reset());
    stub("/numbered-items?per_page=3", (snprintf(body, sizeof body, "{\"total_pages\":3,\"items\":[%s]}", some(b, sizeof b, 1, 3)), body), NULL, NULL);
    stub("/numbered-items?page=2&per_page=3", (snprintf(body, sizeof body, "{\"total_pages\":3,\"items\":[%s]}", some(b, sizeof b, 4, 6)), body), NULL, NULL);
    stub("/numbered-items?page=3&per_page=3", (snprintf(body, sizeof body, "{\"total_pages\":3,\"items\":[%s]}", some(b, sizeof b, 7, 7)), body), NULL, NULL);
    pages_client *c = client_here();
    pages_list_by_number_params p = {.has_per_page = true, .per_page = 3};
    pages_list_by_number_iter *it = NULL;
    pages_error err = {0};
    CU_ASSERT_EQUAL_FATAL(pages_list_by_number_iter_new(c, &p, &it, &err), 0);
    DRAIN(pages_list_by_number_iter_next, it, err);
    CU_ASSERT_EQUAL(requests("/numbered-items"), 3);
    pages_list_by_number_iter_free(it);
    pages_error_clear(&err);
    pages_client_free(c);
}

static void test_a_next_cursor(void)
{
    char b[1024], body[1200];
    CU_ASSERT_FATAL(wm_reset());
    stub("/cursor-items", (snprintf(body, sizeof body, "{\"data\":[%s],\"next_cursor\":\"c2\"}", some(b, sizeof b, 1, 3)), body), NULL, NULL);
    stub("/cursor-items?cursor=c2", (snprintf(body, sizeof body, "{\"data\":[%s],\"next_cursor\":\"c3\"}", some(b, sizeof b, 4, 6)), body), NULL, NULL);
    stub("/cursor-items?cursor=c3", (snprintf(body, sizeof body, "{\"data\":[%s],\"next_cursor\":null}", some(b, sizeof b, 7, 7)), body), NULL, NULL);
    pages_client *c = client_here();
    pages_list_by_cursor_iter *it = NULL;
    pages_error err = {0};
    CU_ASSERT_EQUAL_FATAL(pages_list_by_cursor_iter_new(c, NULL, &it, &err), 0);
    DRAIN(pages_list_by_cursor_iter_next, it, err);
    CU_ASSERT_EQUAL(requests("/cursor-items"), 3);
    pages_list_by_cursor_iter_free(it);

    /* The same cursor twice: stopped with an error, not followed round forever. */
    stub("/cursor-items?cursor=c3", (snprintf(body, sizeof body, "{\"data\":[%s],\"next_cursor\":\"c3\"}", some(b, sizeof b, 7, 7)), body), NULL, NULL);
    CU_ASSERT_EQUAL_FATAL(pages_list_by_cursor_iter_new(c, NULL, &it, &err), 0);
    const pages_item *item = NULL;
    int seen = 0, rc;
    while ((rc = pages_list_by_cursor_iter_next(it, &item, &err)) == 1) seen++;
    CU_ASSERT_EQUAL(seen, 7);
    CU_ASSERT_EQUAL(rc, APIC_E_DECODE);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "'c3' twice"));
    pages_list_by_cursor_iter_free(it);
    pages_error_clear(&err);
    pages_client_free(c);
}

static void test_starting_after_and_has_more(void)
{
    char b[1024], body[1200];
    CU_ASSERT_FATAL(wm_reset());
    stub("/stripe-items?limit=3", (snprintf(body, sizeof body, "{\"object\":\"list\",\"data\":[%s],\"has_more\":true}", some(b, sizeof b, 1, 3)), body), NULL, NULL);
    stub("/stripe-items?starting_after=i3&limit=3", (snprintf(body, sizeof body, "{\"data\":[%s],\"has_more\":true}", some(b, sizeof b, 4, 6)), body), NULL, NULL);
    stub("/stripe-items?starting_after=i6&limit=3", (snprintf(body, sizeof body, "{\"data\":[%s],\"has_more\":false}", some(b, sizeof b, 7, 7)), body), NULL, NULL);
    pages_client *c = client_here();
    pages_list_after_params p = {.has_limit = true, .limit = 3};
    pages_list_after_iter *it = NULL;
    pages_error err = {0};
    CU_ASSERT_EQUAL_FATAL(pages_list_after_iter_new(c, &p, &it, &err), 0);
    DRAIN(pages_list_after_iter_next, it, err);
    CU_ASSERT_EQUAL(requests("/stripe-items"), 3);
    pages_list_after_iter_free(it);
    pages_error_clear(&err);
    pages_client_free(c);
}

static void test_a_next_url_absolute_then_relative(void)
{
    char b[1024], body[1400];
    CU_ASSERT_FATAL(wm_reset());
    snprintf(body, sizeof body, "{\"results\":[%s],\"next\":\"%s/next-items?q=x&page=2\"}", some(b, sizeof b, 1, 3), wm_url());
    stub("/next-items?q=x", body, NULL, NULL);
    stub("/next-items?q=x&page=2", (snprintf(body, sizeof body, "{\"results\":[%s],\"next\":\"/next-items?q=x&page=3\"}", some(b, sizeof b, 4, 6)), body), NULL, NULL);
    stub("/next-items?q=x&page=3", (snprintf(body, sizeof body, "{\"results\":[%s],\"next\":null}", some(b, sizeof b, 7, 7)), body), NULL, NULL);
    pages_client *c = client_here();
    pages_list_by_next_url_params p = {.q = "x"};
    pages_list_by_next_url_iter *it = NULL;
    pages_error err = {0};
    CU_ASSERT_EQUAL_FATAL(pages_list_by_next_url_iter_new(c, &p, &it, &err), 0);
    DRAIN(pages_list_by_next_url_iter_next, it, err); /* q is not sent twice: the stubs match exact URLs */
    CU_ASSERT_EQUAL(requests("/next-items"), 3);
    pages_list_by_next_url_iter_free(it);
    pages_error_clear(&err);
    pages_client_free(c);
}

static void test_a_next_url_inside_a_member_object(void)
{
    char b[1024], body[1400];
    CU_ASSERT_FATAL(wm_reset());
    snprintf(body, sizeof body, "{\"messages\":[%s],\"meta\":{\"page_size\":3,\"next_page_url\":"
             "\"%s/twilio-items?PageSize=3&PageToken=PT2\"}}", some(b, sizeof b, 1, 3), wm_url());
    stub("/twilio-items?PageSize=3", body, NULL, NULL);
    snprintf(body, sizeof body, "{\"messages\":[%s],\"meta\":{\"next_page_url\":\"%s/twilio-items?PageSize=3&"
             "PageToken=PT3\"}}", some(b, sizeof b, 4, 6), wm_url());
    stub("/twilio-items?PageSize=3&PageToken=PT2", body, NULL, NULL);
    stub("/twilio-items?PageSize=3&PageToken=PT3",
         (snprintf(body, sizeof body, "{\"messages\":[%s],\"meta\":{\"next_page_url\":null}}", some(b, sizeof b, 7, 7)), body),
         NULL, NULL);
    pages_client *c = client_here();
    pages_list_by_meta_params p = {.has_page_size = true, .page_size = 3};
    pages_list_by_meta_iter *it = NULL;
    pages_error err = {0};
    CU_ASSERT_EQUAL_FATAL(pages_list_by_meta_iter_new(c, &p, &it, &err), 0);
    DRAIN(pages_list_by_meta_iter_next, it, err);
    CU_ASSERT_EQUAL(requests("/twilio-items"), 3);
    pages_list_by_meta_iter_free(it);
    pages_error_clear(&err);
    pages_client_free(c);
}

static void test_link_headers(void)
{
    char b[1024], body[1200], link[512];
    CU_ASSERT_FATAL(wm_reset());
    snprintf(link, sizeof link, "<%s/linked-items?per_page=3&page=2>; rel=\\\"next\\\", <%s/linked-items?per_page=3&page=3>; "
             "rel=\\\"last\\\"", wm_url(), wm_url());
    stub("/linked-items?per_page=3", (snprintf(body, sizeof body, "[%s]", some(b, sizeof b, 1, 3)), body), "Link", link);
    snprintf(link, sizeof link, "<%s/linked-items?per_page=3&page=1>; rel=\\\"prev first\\\", <%s/linked-items?per_page=3&page=3>; "
             "rel=\\\"next last\\\"", wm_url(), wm_url());
    stub("/linked-items?per_page=3&page=2", (snprintf(body, sizeof body, "[%s]", some(b, sizeof b, 4, 6)), body), "Link", link);
    snprintf(link, sizeof link, "<%s/linked-items?per_page=3&page=2>; rel=\\\"prev\\\"", wm_url());
    stub("/linked-items?per_page=3&page=3", (snprintf(body, sizeof body, "[%s]", some(b, sizeof b, 7, 7)), body), "Link", link);
    pages_client *c = client_here();
    pages_list_by_link_params p = {.has_per_page = true, .per_page = 3};
    pages_list_by_link_iter *it = NULL;
    pages_error err = {0};
    CU_ASSERT_EQUAL_FATAL(pages_list_by_link_iter_new(c, &p, &it, &err), 0);
    DRAIN(pages_list_by_link_iter_next, it, err);
    CU_ASSERT_EQUAL(requests("/linked-items"), 3);
    pages_list_by_link_iter_free(it);
    pages_error_clear(&err);
    pages_client_free(c);
}

static void test_what_the_spec_declares(void)
{
    char b[1024], body[1200];
    CU_ASSERT_FATAL(wm_reset());
    stub("/declared-items", (snprintf(body, sizeof body, "{\"rows\":[%s]}", some(b, sizeof b, 1, 4)), body), NULL, NULL);
    stub("/declared-items?p=1", (snprintf(body, sizeof body, "{\"rows\":[%s]}", some(b, sizeof b, 5, 7)), body), NULL, NULL);
    stub("/declared-items?p=2", "{\"rows\":[]}", NULL, NULL);
    pages_client *c = client_here();
    pages_list_declared_iter *it = NULL;
    pages_error err = {0};
    CU_ASSERT_EQUAL_FATAL(pages_list_declared_iter_new(c, NULL, &it, &err), 0);
    DRAIN(pages_list_declared_iter_next, it, err); /* pages 0, 1, then an empty 2 ends it */
    CU_ASSERT_EQUAL(requests("/declared-items"), 3);
    pages_list_declared_iter_free(it);
    pages_error_clear(&err);
    pages_client_free(c);
}

/* The eSauti contact list: `start` advanced by the contacts received, up to `total`. */
static void test_the_esauti_contact_list(void)
{
    CU_ASSERT_FATAL(wm_reset());
    const char *pages[] = {"[{\"id\":1,\"email\":\"a@x.io\"},{\"id\":2,\"email\":\"b@x.io\"}]", "[{\"id\":3,\"email\":\"c@x.io\"}]"};
    char body[512];
    snprintf(body, sizeof body, "{\"total\":3,\"contacts\":%s}", pages[0]);
    stub("/contacts?start=0&limit=2", body, NULL, NULL);
    snprintf(body, sizeof body, "{\"total\":3,\"contacts\":%s}", pages[1]);
    stub("/contacts?start=2&limit=2", body, NULL, NULL);
    esauti_config cfg = ESAUTI_CONFIG_INIT;
    cfg.base_url = wm_url();
    cfg.token = "t";
    esauti_client *c = NULL;
    esauti_error err = {0};
    CU_ASSERT_EQUAL_FATAL(esauti_client_new(&cfg, &c, &err), 0);
    esauti_contacts_list_params p = {.has_start = true, .start = 0, .has_limit = true, .limit = 2};
    esauti_contacts_list_iter *it = NULL;
    CU_ASSERT_EQUAL_FATAL(esauti_contacts_list_iter_new(c, &p, &it, &err), 0);
    const esauti_contact *contact = NULL;
    int64_t ids = 0;
    int n = 0, rc;
    while ((rc = esauti_contacts_list_iter_next(it, &contact, &err)) == 1) {
        ids = ids * 10 + contact->id;
        n++;
    }
    CU_ASSERT_EQUAL(rc, 0);
    CU_ASSERT_EQUAL(n, 3);
    CU_ASSERT_EQUAL(ids, 123);
    CU_ASSERT_EQUAL(requests("/contacts"), 2);
    esauti_contacts_list_iter_free(it);
    esauti_error_clear(&err);
    esauti_client_free(c);
}

int main(void)
{
    for (int i = 0; i < 7; i++) snprintf(items[i], sizeof items[i], "{\"id\":\"i%d\",\"n\":%d}", i + 1, i + 1);
    CU_TestInfo tests[] = {
        {"offset and limit, up to a total", test_offset_and_limit_up_to_a_total},
        {"an error on page 3: reported after the items before it; asked again", test_an_error_on_page_three},
        {"page numbers, up to a page count", test_page_numbers_up_to_a_page_count},
        {"a next cursor; the same cursor twice is stopped", test_a_next_cursor},
        {"starting_after and has_more", test_starting_after_and_has_more},
        {"a next URL, absolute then relative", test_a_next_url_absolute_then_relative},
        {"a next URL inside a member object (meta.next_page_url)", test_a_next_url_inside_a_member_object},
        {"Link headers, rel=\"next\"", test_link_headers},
        {"what the spec declares (x-apic-pagination)", test_what_the_spec_declares},
        {"the eSauti contact list", test_the_esauti_contact_list},
        CU_TEST_INFO_NULL,
    };
    CU_SuiteInfo suites[] = {{"pagination against WireMock", NULL, NULL, NULL, NULL, tests}, CU_SUITE_INFO_NULL};
    return cunit_run(suites);
}
