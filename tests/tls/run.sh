#!/usr/bin/env bash
# `make test-tls`: the libcurl transport's TLS against nginx on 127.0.0.1, with a test CA and
# certificates made here (build/tls): an unknown CA, the CA given as ca_file, a certificate for
# another host name, public-key pins right and wrong, redirects to the same and to another origin
# (which credentials each server's log shows), then TLS 1.0 and 1.1 servers refused.
#   tests/tls/run.sh TEST_PROGRAM        (RUNNER=valgrind... runs it under a wrapper)
# OpenSSL 3 speaks TLS 1.0 and 1.1 only at security level 0, so the second run of the program
# lowers the client's level through OPENSSL_CONF (as a system that allows old protocols would):
# its control, a plain libcurl handle, does reach those servers; the runtime must still refuse.
set -euo pipefail
cd "$(dirname "$0")/../.."
prog=$1
dir=$PWD/build/tls
rm -rf "$dir" && mkdir -p "$dir"
free_port() { /usr/bin/python3 tests/support/free_ports.py; }

# The test CA; the API's certificate (127.0.0.1 and localhost); one for another host name only.
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=apic TLS test CA" -keyout "$dir/ca.key" -out "$dir/ca.crt" \
    -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign" 2>/dev/null
issue() { # name subjectAltName
    openssl req -newkey rsa:2048 -nodes -subj "/CN=$1" -keyout "$dir/$1.key" -out "$dir/$1.csr" 2>/dev/null
    printf 'subjectAltName=%s\nextendedKeyUsage=serverAuth\n' "$2" >"$dir/$1.ext"
    openssl x509 -req -in "$dir/$1.csr" -CA "$dir/ca.crt" -CAkey "$dir/ca.key" -CAcreateserial -days 2 \
        -extfile "$dir/$1.ext" -out "$dir/$1.crt" 2>/dev/null
}
issue server "IP:127.0.0.1,DNS:localhost"
issue wrong-host "DNS:other.example"
# Pins: sha256// and the base64 of the SHA-256 of the public key's DER; the key as a PEM file.
pin() { openssl pkey -in "$1" -pubout -outform der 2>/dev/null | openssl dgst -sha256 -binary | base64; }
openssl pkey -in "$dir/server.key" -pubout -out "$dir/server.pub.pem" 2>/dev/null
# A client configuration that allows TLS 1.0 and 1.1 (security level 0), for the legacy run only.
cat >"$dir/legacy-openssl.cnf" <<'CNF'
openssl_conf = openssl_init
[openssl_init]
ssl_conf = ssl_sect
[ssl_sect]
system_default = system_default_sect
[system_default_sect]
MinProtocol = TLSv1
CipherString = DEFAULT@SECLEVEL=0
CNF

good=$(free_port); other=$(free_port); wrong=$(free_port); tls10=$(free_port); tls11=$(free_port)
sed -e "s|@PREFIX@|$dir|g" -e "s|@GOOD_PORT@|$good|g" -e "s|@OTHER_PORT@|$other|g" -e "s|@WRONG_HOST_PORT@|$wrong|g" \
    -e "s|@TLS10_PORT@|$tls10|g" -e "s|@TLS11_PORT@|$tls11|g" tests/tls/nginx.conf.in >"$dir/nginx.conf"
nginx -c "$dir/nginx.conf" -p "$dir" &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
    curl -s -o /dev/null --cacert "$dir/ca.crt" "https://127.0.0.1:$good/" && break
    kill -0 $pid 2>/dev/null || { cat "$dir/error.log"; exit 1; }
    sleep 0.05
done

export TLS_CA="$dir/ca.crt" TLS_GOOD_URL="https://127.0.0.1:$good" TLS_WRONG_HOST_URL="https://127.0.0.1:$wrong" \
    TLS_10_URL="https://127.0.0.1:$tls10" TLS_11_URL="https://127.0.0.1:$tls11" \
    TLS_PIN="sha256//$(pin "$dir/server.key")" TLS_WRONG_PIN="sha256//$(pin "$dir/wrong-host.key")" \
    TLS_PUBKEY_FILE="$dir/server.pub.pem" TLS_LOG="$dir/access.log" TLS_OTHER_LOG="$dir/other.log"
${RUNNER:-} "$prog"
OPENSSL_CONF="$dir/legacy-openssl.cnf" ${RUNNER:-} "$prog" legacy
