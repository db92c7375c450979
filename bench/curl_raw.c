/* libcurl alone posting the request the SDK sends for one event (its headers and body, captured by
 * bench/capture_request.py), one at a time on a keep-alive connection, with the easy handle set up
 * as the SDK's transport sets it (Accept-Encoding, TLS options, no proxy lookup, no signals): what the SDK's
 * per-event CPU time would be if building, signing and checking the event cost nothing.
 *
 *   curl_raw URL REQUEST_FILE COUNT RUNS   prints VALUE|curl_raw_per_s|<median of RUNS runs> and
 *                                          VALUE|curl_raw_cpu_us_per_request|<median> (getrusage
 *                                          RUSAGE_SELF over the timed requests)
 *
 * The answer is read into a buffer and dropped; a status other than 2xx fails the run. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <curl/curl.h>

#include "bench.h"

enum { MAX_RUNS = 15 };

static size_t drop(char *data, size_t size, size_t n, void *ctx)
{
    (void)data;
    (void)ctx;
    return size * n;
}

/* Reads the whole file (header lines, an empty line, the body) into a NUL-terminated string. */
static char *slurp(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (f == NULL) return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *text = n >= 0 ? malloc((size_t)n + 1) : NULL;
    if (text != NULL && fread(text, 1, (size_t)n, f) != (size_t)n) {
        free(text);
        text = NULL;
    }
    if (text != NULL) text[n] = '\0';
    fclose(f);
    return text;
}

int main(int argc, char **argv)
{
    if (argc != 5) {
        fprintf(stderr, "usage: %s URL REQUEST_FILE COUNT RUNS\n", argv[0]);
        return 2;
    }
    long count = atol(argv[3]);
    int runs = atoi(argv[4]);
    char *text = slurp(argv[2]);
    char *body = text != NULL ? strstr(text, "\n\n") : NULL;
    if (count <= 0 || runs <= 0 || runs > MAX_RUNS || body == NULL) {
        fprintf(stderr, "curl_raw: bad arguments or no request in %s\n", argv[2]);
        free(text);
        return 2;
    }
    *body = '\0';
    body += 2;
    struct curl_slist *headers = NULL;
    for (char *line = strtok(text, "\n"); line != NULL; line = strtok(NULL, "\n")) {
        /* The transport asks for compression itself (CURLOPT_ACCEPT_ENCODING), as here. */
        if (strncmp(line, "Accept-Encoding:", 16) != 0) headers = curl_slist_append(headers, line);
    }
    headers = curl_slist_append(headers, "Expect:");

    curl_global_init(CURL_GLOBAL_DEFAULT);
    CURL *h = curl_easy_init();
    curl_easy_setopt(h, CURLOPT_URL, argv[1]);
    curl_easy_setopt(h, CURLOPT_POSTFIELDS, body);
    curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)strlen(body));
    curl_easy_setopt(h, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, drop);
    curl_easy_setopt(h, CURLOPT_HEADERFUNCTION, drop);
    curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(h, CURLOPT_PROXY, "");
    curl_easy_setopt(h, CURLOPT_TCP_KEEPALIVE, 1L);
    curl_easy_setopt(h, CURLOPT_ACCEPT_ENCODING, "gzip, deflate");
    curl_easy_setopt(h, CURLOPT_SSLVERSION, (long)CURL_SSLVERSION_TLSv1_2);

    double rates[MAX_RUNS], cpu[MAX_RUNS];
    int failed = 0;
    for (int r = -1; r < runs && !failed; r++) { /* one request first, untimed: the connection */
        long n = r < 0 ? 1 : count;
        double c0 = bench_cpu_seconds(), t0 = bench_now();
        for (long i = 0; i < n && !failed; i++) {
            long status = 0;
            CURLcode rc = curl_easy_perform(h);
            curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status);
            if (rc != CURLE_OK || status < 200 || status > 299) {
                fprintf(stderr, "curl_raw: %s (HTTP %ld)\n", curl_easy_strerror(rc), status);
                failed = 1;
            }
        }
        if (r >= 0) {
            rates[r] = (double)n / (bench_now() - t0);
            cpu[r] = (bench_cpu_seconds() - c0) * 1e6 / (double)n;
        }
    }
    if (!failed) {
        printf("VALUE|curl_raw_per_s|%.0f\n", bench_median(rates, runs));
        printf("VALUE|curl_raw_cpu_us_per_request|%.3f\n", bench_median(cpu, runs));
    }
    curl_easy_cleanup(h);
    curl_slist_free_all(headers);
    curl_global_cleanup();
    free(text);
    return failed;
}
