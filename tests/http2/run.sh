#!/usr/bin/env bash
# `make test-http2`: the libcurl transport's HTTP/2 against nginx on 127.0.0.1: in clear text with
# prior knowledge and over TLS (a test CA made here), requests from 4 threads sharing one
# connection when multiplexing (nginx's log gives each request's connection and protocol).
#   tests/http2/run.sh TEST_PROGRAM
set -euo pipefail
cd "$(dirname "$0")/../.."
prog=$1
dir=$PWD/build/http2
rm -rf "$dir" && mkdir -p "$dir"
free_port() { /usr/bin/python3 tests/support/free_ports.py; }

# A test CA and a certificate for 127.0.0.1 signed by it.
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=apic test CA" -keyout "$dir/ca.key" -out "$dir/ca.crt" \
    -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign" 2>/dev/null
openssl req -newkey rsa:2048 -nodes -subj "/CN=127.0.0.1" -keyout "$dir/server.key" -out "$dir/server.csr" 2>/dev/null
printf 'subjectAltName=IP:127.0.0.1\nextendedKeyUsage=serverAuth\n' >"$dir/ext.cnf"
openssl x509 -req -in "$dir/server.csr" -CA "$dir/ca.crt" -CAkey "$dir/ca.key" -CAcreateserial -days 2 \
    -extfile "$dir/ext.cnf" -out "$dir/server.crt" 2>/dev/null

h2c=$(free_port)
tls=$(free_port)
sed -e "s|@PREFIX@|$dir|g" -e "s|@H2C_PORT@|$h2c|g" -e "s|@TLS_PORT@|$tls|g" tests/http2/nginx.conf.in >"$dir/nginx.conf"
nginx -c "$dir/nginx.conf" -p "$dir" &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
    curl -s -o /dev/null --cacert "$dir/ca.crt" "https://127.0.0.1:$tls/" && break
    kill -0 $pid 2>/dev/null || { cat "$dir/error.log"; exit 1; }
    sleep 0.05
done
NGINX_H2C_URL="http://127.0.0.1:$h2c" NGINX_TLS_URL="https://127.0.0.1:$tls" NGINX_CA="$dir/ca.crt" \
    NGINX_LOG="$dir/access.log" ${RUNNER:-} "$prog"
