/* eSauti quick start: list contacts, then create one.
 *
 *   esauti_quickstart [BASE_URL]
 *
 * BASE_URL defaults to $ESAUTI_BASE_URL, then to the URL in the spec; the token comes from
 * $ESAUTI_TOKEN. `make demo` runs it against a local Prism mock of spec/esauti/openapi.yaml. */
#include <stdio.h>
#include <stdlib.h>

#include <esauti/esauti.h>

static void print_contact(const esauti_contact *c)
{
    printf("  #%lld  %-28s %s %s", (long long)c->id, c->email, c->firstname ? c->firstname : "",
           c->lastname ? c->lastname : "");
    if (c->has_points) printf("  (%d points)", (int)c->points);
    printf("\n");
}

/* Prints what went wrong: the sentence, and for an HTTP error the status and the body. */
static int fail(const char *what, const esauti_error *err)
{
    fprintf(stderr, "%s failed: %s", what, err->message);
    if (err->http_status != 0) fprintf(stderr, " (HTTP %d): %s", err->http_status, err->body ? err->body : "");
    fprintf(stderr, "\n");
    return 1;
}

int main(int argc, char **argv)
{
    esauti_config cfg = ESAUTI_CONFIG_INIT;
    const char *url = argc > 1 ? argv[1] : getenv("ESAUTI_BASE_URL");
    if (url != NULL) cfg.base_url = url;
    cfg.token = getenv("ESAUTI_TOKEN") ? getenv("ESAUTI_TOKEN") : "demo-token";

    esauti_client *client = NULL;
    esauti_error err = {0};
    if (esauti_client_new(&cfg, &client, &err) != 0) return fail("esauti_client_new", &err);
    int status = 0;

    /* The C spelling of client.api.contacts.list(limit=10). */
    esauti_contacts_list_params q = {.has_limit = true, .limit = 10};
    esauti_contact_list *page = NULL;
    if (esauti_contacts_list(client, &q, &page, &err) == 0) {
        printf("%zu contacts of %lld:\n", page->contacts.count, (long long)page->total);
        for (size_t i = 0; i < page->contacts.count; i++) print_contact(&page->contacts.items[i]);
        esauti_contact_list_free(page);
    } else {
        status = fail("esauti_contacts_list", &err);
    }

    /* client.api.contacts.create({...}): 0 and false are sent because they are set. */
    esauti_contact_input in = {.email = "ada@example.com", .firstname = "Ada", .lastname = "Lovelace",
                               .has_points = true, .points = 0, .has_do_not_contact = true, .do_not_contact = false};
    esauti_contact *created = NULL;
    if (esauti_contacts_create(client, &in, &created, &err) == 0) {
        printf("created:\n");
        print_contact(created);
        esauti_contact_free(created);
    } else {
        status = fail("esauti_contacts_create", &err);
    }

    esauti_error_clear(&err);
    esauti_client_free(client);
    return status;
}
