/* Golden test of parameters (tests/golden/params.yaml): every style and explode of the OpenAPI
 * style table in path, query, header and cookie, allowReserved; security schemes of every kind and
 * alternatives; names of operations without tags or operationId. Requests are recorded, not sent. */
#include <stdlib.h>
#include <string.h>

#include <params/params.h>

#include "cunit_run.h"
#include "recorder.h"

static recorder rec;
static params_client *client;
static apic_error err;

/* A client recording into rec, with the credentials given (NULL: not configured). */
static void open_client(const char *token, const char *api_key, const char *user, const char *password)
{
    static apic_transport t;
    t = recorder_transport(&rec, 204, NULL);
    params_config cfg = PARAMS_CONFIG_INIT;
    cfg.transport = &t;
    cfg.token = token;
    cfg.api_key = api_key;
    cfg.username = user;
    cfg.password = password;
    CU_ASSERT_EQUAL_FATAL(params_client_new(&cfg, &client, &err), 0);
}

static void close_client(void)
{
    params_client_free(client);
    client = NULL;
    apic_error_clear(&err);
}

static const char *header(const char *name)
{
    static char buf[512];
    return recorder_header(&rec, name, buf, sizeof buf);
}

static params_rgb rgb = {true, 100, true, 200, true, 150, {0}};
static char *colors[] = {"blue", "black", "brown"};

static void test_path_styles(void)
{
    open_client(NULL, NULL, NULL, NULL);
    params_path_styles_params p = {.simple = {colors, 3}, .label = {colors, 3}, .matrix = {colors, 3},
                                   .simple_x = &rgb, .label_x = &rgb, .matrix_x = &rgb};
    CU_ASSERT_EQUAL_FATAL(params_path_styles(client, &p, &err), 0);
    CU_ASSERT_STRING_EQUAL(rec.url, "http://127.0.0.1:9/p/blue,black,brown/.blue.black.brown/;matrix=blue,black,brown/"
                                    "R=100,G=200,B=150/.R=100.G=200.B=150/;R=100;G=200;B=150");
    close_client();
}

static void test_query_header_and_cookie_styles(void)
{
    open_client(NULL, NULL, NULL, NULL);
    int64_t nums[] = {1, 2};
    char *two[] = {"a b", "c"};
    params_query_styles_params p = {.has_form = true, .form = {two, 2}, .has_form_flat = true, .form_flat = {two, 2},
                                    .has_space = true, .space = {nums, 2}, .has_pipe = true, .pipe = {nums, 2},
                                    .deep = &rgb, .obj = &rgb, .reserved = "a/b?c=d", .plain = "a/b?c=d",
                                    .has_flag = true, .flag = false, .has_x_trace = true, .x_trace = {two, 2},
                                    .x_rgb = &rgb, .session = "s 1", .has_prefs = true, .prefs = {two, 2}};
    CU_ASSERT_EQUAL_FATAL(params_query_styles(client, &p, &err), 0);
    CU_ASSERT_STRING_EQUAL(rec.url, "http://127.0.0.1:9/q?form=a%20b&form=c&form_flat=a%20b,c&space=1%202&pipe=1|2"
                                    "&deep[R]=100&deep[G]=200&deep[B]=150&R=100&G=200&B=150&reserved=a/b?c=d"
                                    "&plain=a%2Fb%3Fc%3Dd&flag=false");
    CU_ASSERT_STRING_EQUAL(header("X-Trace"), "a b,c");
    CU_ASSERT_STRING_EQUAL(header("X-Rgb"), "R=100,G=200,B=150");
    CU_ASSERT_STRING_EQUAL(header("Cookie"), "session=s%201; prefs=a%20b,c");
    close_client();
}

/* A union parameter is sent as the variant it holds, in the parameter's style. */
static void test_union_parameters_are_sent_as_their_variant(void)
{
    open_client(NULL, NULL, NULL, NULL);
    char *two[] = {"a", "b"};
    params_query_styles_params p = {0};
    p.either.kind = PARAMS_QUERY_STYLES_EITHER_STRING_ARRAY;
    p.either.as.string_array = (apic_string_array){two, 2};
    p.shape.kind = PARAMS_QUERY_STYLES_SHAPE_RGB;
    p.shape.as.rgb = &rgb;
    CU_ASSERT_EQUAL_FATAL(params_query_styles(client, &p, &err), 0);
    CU_ASSERT_STRING_EQUAL(rec.url, "http://127.0.0.1:9/q?either=a&either=b&shape[R]=100&shape[G]=200&shape[B]=150");
    p.either.kind = PARAMS_QUERY_STYLES_EITHER_INTEGER;
    p.either.as.integer = -7;
    p.shape.kind = PARAMS_QUERY_STYLES_SHAPE_STRING;
    p.shape.as.string = "round";
    CU_ASSERT_EQUAL_FATAL(params_query_styles(client, &p, &err), 0);
    CU_ASSERT_STRING_EQUAL(rec.url, "http://127.0.0.1:9/q?either=-7&shape=round");
    close_client();
}

/* Every value the types allow is sent: Stripe's nested filters (a union inside a deepObject, as
 * the variant it holds), arrays of objects holding unions (indexed), objects in a form-style array
 * (no form in OpenAPI: JSON text, warned at generation), parameters described with `content:
 * application/json` (JSON text, in the query and in a header). */
static void test_nested_values_are_sent(void)
{
    open_client(NULL, NULL, NULL, NULL);
    params_nested_values_status_transitions_posted_at_object range = {.has_gte = true, .gte = 1, .has_lt = true, .lt = 9};
    params_nested_values_status_transitions st = {0};
    st.posted_at.kind = PARAMS_NESTED_VALUES_STATUS_TRANSITIONS_POSTED_AT_OBJECT;
    st.posted_at.as.object = &range;
    char *rates[] = {"txr_1", "txr_2"};
    params_nested_values_lines_item lines[2] = {{.price = "p_1"}, {.price = "p_2"}};
    lines[0].tax_rates.kind = PARAMS_NESTED_VALUES_LINES_ITEM_TAX_RATES_STRING_ARRAY;
    lines[0].tax_rates.as.string_array = (apic_string_array){rates, 2};
    lines[1].tax_rates.kind = PARAMS_NESTED_VALUES_LINES_ITEM_TAX_RATES_STRING;
    lines[1].tax_rates.as.string.value = PARAMS_NESTED_VALUES_LINES_ITEM_TAX_RATES_STRING_EMPTY;
    params_rgb colors[] = {{true, 1, true, 2, true, 3, {0}}};
    char *tags[] = {"a b"};
    params_nested_values_x_filter xf = {.has_tags = true, .tags = {tags, 1}};
    params_nested_values_params p = {.status_transitions = &st, .has_lines = true, .lines = {lines, 2},
                                     .has_colors = true, .colors = {colors, 1}, .filter = &rgb, .x_filter = &xf};
    CU_ASSERT_EQUAL_FATAL(params_nested_values(client, &p, &err), 0);
    CU_ASSERT_STRING_EQUAL(rec.url, "http://127.0.0.1:9/invoices?status_transitions[posted_at][gte]=1"
                                    "&status_transitions[posted_at][lt]=9"
                                    "&lines[0][price]=p_1&lines[0][tax_rates][0]=txr_1&lines[0][tax_rates][1]=txr_2"
                                    "&lines[1][price]=p_2&lines[1][tax_rates]="
                                    "&colors=%7B%22R%22%3A1%2C%22G%22%3A2%2C%22B%22%3A3%7D"
                                    "&filter=%7B%22R%22%3A100%2C%22G%22%3A200%2C%22B%22%3A150%7D");
    CU_ASSERT_STRING_EQUAL(header("X-Filter"), "{\"tags\":[\"a b\"]}");
    /* The union's other variant: a plain number. */
    st.posted_at.kind = PARAMS_NESTED_VALUES_STATUS_TRANSITIONS_POSTED_AT_INTEGER;
    st.posted_at.as.integer = 1700000000;
    params_nested_values_params q = {.status_transitions = &st};
    CU_ASSERT_EQUAL_FATAL(params_nested_values(client, &q, &err), 0);
    CU_ASSERT_STRING_EQUAL(rec.url, "http://127.0.0.1:9/invoices?status_transitions[posted_at]=1700000000");
    close_client();
}

static void test_absent_parameters_are_not_sent(void)
{
    open_client(NULL, NULL, NULL, NULL);
    params_query_styles_params p = {0};
    CU_ASSERT_EQUAL_FATAL(params_query_styles(client, &p, &err), 0);
    CU_ASSERT_STRING_EQUAL(rec.url, "http://127.0.0.1:9/q");
    CU_ASSERT_PTR_NULL(header("Cookie"));
    CU_ASSERT_PTR_NULL(header("X-Trace"));
    close_client();
}

static void test_operations_without_tag_or_id_are_named_from_method_and_path(void)
{
    open_client(NULL, NULL, NULL, NULL);
    params_get_untagged_by_id_things_params g = {.id = 7};
    params_post_untagged_by_id_things_params q = {.id = 8};
    CU_ASSERT_EQUAL(params_get_untagged_by_id_things(client, &g, &err), 0);
    CU_ASSERT_STRING_EQUAL(rec.url, "http://127.0.0.1:9/untagged/7/things");
    CU_ASSERT_EQUAL(params_post_untagged_by_id_things(client, &q, &err), 0);
    CU_ASSERT_STRING_EQUAL(rec.method, "POST");
    CU_ASSERT_STRING_EQUAL(rec.url, "http://127.0.0.1:9/untagged/8/things");
    close_client();
}

static void test_api_keys_go_where_the_scheme_says(void)
{
    open_client(NULL, "k&1", NULL, NULL);
    CU_ASSERT_EQUAL(params_auth_header_key(client, &err), 0);
    CU_ASSERT_STRING_EQUAL(header("X-Api-Key"), "k&1");
    CU_ASSERT_EQUAL(params_auth_query_key(client, &err), 0);
    CU_ASSERT_STRING_EQUAL(rec.url, "http://127.0.0.1:9/auth/query?api_key=k%261");
    CU_ASSERT_PTR_NULL(header("X-Api-Key"));
    CU_ASSERT_EQUAL(params_auth_cookie_key(client, &err), 0);
    CU_ASSERT_STRING_EQUAL(header("Cookie"), "sid=k&1");
    close_client();
}

static void test_basic_oauth2_and_openid_connect(void)
{
    open_client("tok", NULL, "Aladdin", "open sesame");
    CU_ASSERT_EQUAL(params_auth_basic(client, &err), 0);
    CU_ASSERT_STRING_EQUAL(header("Authorization"), "Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==");
    CU_ASSERT_EQUAL(params_auth_oauth(client, &err), 0); /* the caller supplies the access token */
    CU_ASSERT_STRING_EQUAL(header("Authorization"), "Bearer tok");
    close_client();
}

static void test_the_first_alternative_with_credentials_is_used(void)
{
    open_client(NULL, "key", NULL, NULL); /* no basic credentials: header + query keys together */
    CU_ASSERT_EQUAL(params_auth_either(client, &err), 0);
    CU_ASSERT_STRING_EQUAL(header("X-Api-Key"), "key");
    CU_ASSERT_STRING_EQUAL(rec.url, "http://127.0.0.1:9/auth/either?api_key=key");
    CU_ASSERT_PTR_NULL(header("Authorization"));
    close_client();
    open_client(NULL, NULL, "u", "p"); /* basic comes first */
    CU_ASSERT_EQUAL(params_auth_either(client, &err), 0);
    CU_ASSERT_STRING_EQUAL(header("Authorization"), "Basic dTpw");
    CU_ASSERT_PTR_NULL(header("X-Api-Key"));
    close_client();
    open_client(NULL, NULL, NULL, NULL); /* `{}`: anonymous is allowed */
    CU_ASSERT_EQUAL(params_auth_either(client, &err), 0);
    CU_ASSERT_STRING_EQUAL(rec.url, "http://127.0.0.1:9/auth/either");
    CU_ASSERT_PTR_NULL(header("Authorization"));
    close_client();
}

/* `{}` anywhere in the list: the alternatives after it still apply when their credentials are
 * configured, and without any the request goes anonymously (the generated tables compile with
 * -Werror wherever the empty one sits). */
static void test_optional_authentication_anywhere_in_the_list(void)
{
    open_client(NULL, "key", NULL, NULL);
    CU_ASSERT_EQUAL(params_auth_optional_first(client, &err), 0);
    CU_ASSERT_STRING_EQUAL(header("X-Api-Key"), "key");
    CU_ASSERT_EQUAL(params_auth_optional_between(client, &err), 0);
    CU_ASSERT_STRING_EQUAL(header("X-Api-Key"), "key");
    CU_ASSERT_STRING_EQUAL(rec.url, "http://127.0.0.1:9/auth/optional-between?api_key=key");
    CU_ASSERT_EQUAL(params_auth_anonymous(client, &err), 0);
    CU_ASSERT_PTR_NULL(header("X-Api-Key"));
    close_client();
    open_client(NULL, NULL, "u", "p");
    CU_ASSERT_EQUAL(params_auth_optional_between(client, &err), 0);
    CU_ASSERT_STRING_EQUAL(header("Authorization"), "Basic dTpw");
    CU_ASSERT_EQUAL(params_auth_optional_first(client, &err), 0);
    CU_ASSERT_PTR_NULL(header("Authorization"));
    CU_ASSERT_PTR_NULL(header("X-Api-Key"));
    close_client();
}

int main(void)
{
    CU_TestInfo tests[] = {
        {"path styles", test_path_styles},
        {"query, header and cookie styles", test_query_header_and_cookie_styles},
        {"union parameters are sent as their variant", test_union_parameters_are_sent_as_their_variant},
        {"absent parameters are not sent", test_absent_parameters_are_not_sent},
        {"nested values, values with no form, JSON parameters are sent", test_nested_values_are_sent},
        {"operations without tag or id are named from method and path",
         test_operations_without_tag_or_id_are_named_from_method_and_path},
        {"API keys go where the scheme says", test_api_keys_go_where_the_scheme_says},
        {"basic, oauth2 and openIdConnect", test_basic_oauth2_and_openid_connect},
        {"the first alternative with credentials is used", test_the_first_alternative_with_credentials_is_used},
        {"optional authentication ({}) anywhere in the list", test_optional_authentication_anywhere_in_the_list},
        CU_TEST_INFO_NULL,
    };
    CU_SuiteInfo suites[] = {{"golden params", NULL, NULL, NULL, NULL, tests}, CU_SUITE_INFO_NULL};
    return cunit_run(suites);
}
