"""apic generator: OpenAPI 3.0/3.1 documents in, typed C SDKs (tables + thin wrappers) out."""
