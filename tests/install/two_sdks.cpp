// Two installed SDKs in one C++17 process: eSauti lists contacts, BriteEvents publishes a session.
// Built by tests/install/run.sh outside the repository with nothing but pkg-config, dynamically and
// statically, and run against Prism:  two_sdks ESAUTI_URL BRITEEVENTS_URL
#include <cstdio>
#include <memory>
#include <string>

#include <briteevents/briteevents.h>
#include <esauti/esauti.h>

namespace {

// One owner per SDK object, released by its own _free.
struct EsautiClientFree {
    void operator()(esauti_client *c) const { esauti_client_free(c); }
};
struct BriteClientFree {
    void operator()(briteevents_client *c) const { briteevents_client_free(c); }
};
struct SessionFree {
    void operator()(briteevents_session *s) const { briteevents_session_free(s); }
};

// Error details that clear themselves.
struct Error {
    apic_error e{};
    ~Error() { apic_error_clear(&e); }
    std::string what() const { return std::string(e.message) + " (HTTP " + std::to_string(e.http_status) + ")"; }
};

int list_contacts(const char *url)
{
    esauti_config cfg = ESAUTI_CONFIG_INIT;
    cfg.base_url = url;
    cfg.token = "install-test";
    Error err;
    esauti_client *raw = nullptr;
    if (esauti_client_new(&cfg, &raw, &err.e) != 0) return std::fprintf(stderr, "eSauti: %s\n", err.what().c_str()), 1;
    std::unique_ptr<esauti_client, EsautiClientFree> client(raw);
    esauti_contacts_list_params q{};
    q.has_limit = true;
    q.limit = 5;
    esauti_contact_list *page = nullptr;
    if (esauti_contacts_list(client.get(), &q, &page, &err.e) != 0) {
        return std::fprintf(stderr, "eSauti contacts: %s\n", err.what().c_str()), 1;
    }
    std::printf("eSauti: %zu contacts listed (HTTP %d)\n", page->contacts.count, err.e.http_status);
    esauti_contact_list_free(page);
    return 0;
}

int publish_session(const char *url)
{
    briteevents_config cfg = BRITEEVENTS_CONFIG_INIT;
    cfg.base_url = url;
    cfg.token = "install-test";
    cfg.event_source = "install-test";
    Error err;
    briteevents_client *raw = nullptr;
    if (briteevents_client_new(&cfg, &raw, &err.e) != 0) {
        return std::fprintf(stderr, "BriteEvents: %s\n", err.what().c_str()), 1;
    }
    std::unique_ptr<briteevents_client, BriteClientFree> client(raw);
    briteevents_session *s = nullptr;
    if (briteevents_user_session(client.get(), "u-1", "job-install", 0, &s, &err.e) != 0) {
        return std::fprintf(stderr, "BriteEvents session: %s\n", err.what().c_str()), 1;
    }
    std::unique_ptr<briteevents_session, SessionFree> session(s);
    briteevents_policy_bound_data bound{};
    bound.policy_id = const_cast<char *>("POL-1");
    bound.bound_at = const_cast<char *>("2026-12-04T10:00:00Z");
    if (briteevents_session_bound_policy(session.get(), &bound, &err.e) != 0 ||
        briteevents_session_flush(session.get(), &err.e) != 0) {
        return std::fprintf(stderr, "BriteEvents publish: %s\n", err.what().c_str()), 1;
    }
    std::printf("BriteEvents: session flushed (HTTP %d)\n", err.e.http_status);
    return 0;
}

}  // namespace

int main(int argc, char **argv)
{
    if (argc != 3) return std::fprintf(stderr, "usage: two_sdks ESAUTI_URL BRITEEVENTS_URL\n"), 2;
    std::printf("runtime %s\n", APIC_VERSION);
    return list_contacts(argv[1]) + publish_session(argv[2]) != 0;
}
