/* Sends one eSauti-style webhook the way eSauti does (Standard Webhooks: webhook-id,
 * webhook-timestamp, webhook-signature over id.timestamp.body) to a receiver, with libcurl:
 * apic_webhook_sign() makes the headers. With --tamper, the body is changed after it was signed,
 * as an attacker on the way would change it.
 *
 *   webhook_sender URL [--tamper]     the secret comes from $ESAUTI_WEBHOOK_SECRET */
#include <curl/curl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <esauti/esauti.h>

/* Keeps the receiver's answer (a refusal says why) instead of letting libcurl print it. */
static size_t keep(char *data, size_t size, size_t n, void *answer)
{
    return apic_buf_append(answer, data, size * n) == 0 ? size * n : 0;
}

int main(int argc, char **argv)
{
    const char *secret = getenv("ESAUTI_WEBHOOK_SECRET");
    if (argc < 2 || secret == NULL) {
        fprintf(stderr, "usage: webhook_sender URL [--tamper]   (secret in $ESAUTI_WEBHOOK_SECRET)\n");
        return 2;
    }
    int tamper = argc > 2 && strcmp(argv[2], "--tamper") == 0;
    char body[] = "{\"id\":\"msg_2Lk8vQ0aF3pR7sT1\",\"type\":\"contact.created\",\"createdAt\":\"2026-04-12T06:50:20Z\","
                  "\"data\":{\"contact\":{\"id\":42,\"email\":\"jane.doe@example.com\",\"points\":25}}}";
    apic_webhook_secret key = {NULL, secret};
    apic_webhook_signed headers;
    apic_error err = {0};
    if (apic_webhook_sign(&APIC_WEBHOOK_STANDARD, &key, "msg_2Lk8vQ0aF3pR7sT1", (long long)time(NULL), body, strlen(body),
                          &headers, &err) != 0) {
        fprintf(stderr, "sender: %s\n", err.message);
        return 1;
    }
    if (tamper) memcpy(strstr(body, "\"points\":25"), "\"points\":95", 11); /* signed as 25, sent as 95 */

    curl_global_init(CURL_GLOBAL_DEFAULT);
    CURL *curl = curl_easy_init();
    struct curl_slist *list = curl_slist_append(NULL, "Content-Type: application/json");
    for (size_t i = 0; i < headers.n_headers; i++) {
        char line[256];
        snprintf(line, sizeof line, "%s: %s", headers.headers[i].name, headers.headers[i].value);
        list = curl_slist_append(list, line);
    }
    curl_easy_setopt(curl, CURLOPT_URL, argv[1]);
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, list);
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body);
    apic_buf answer = {0};
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, keep);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &answer);
    printf("sender: POST %s (%s)\n", argv[1], tamper ? "body changed after signing" : "signed");
    fflush(stdout);
    CURLcode rc = curl_easy_perform(curl);
    long status = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
    if (rc == CURLE_OK) printf("sender: HTTP %ld %s", status, answer.len > 0 ? answer.data : "\n");
    else fprintf(stderr, "sender: %s\n", curl_easy_strerror(rc));
    apic_buf_free(&answer);
    curl_slist_free_all(list);
    curl_easy_cleanup(curl);
    curl_global_cleanup();
    return rc == CURLE_OK && status / 100 == 2 ? 0 : 1;
}
