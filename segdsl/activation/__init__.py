"""Activation state: membership tables written to PostgreSQL, the membership history (SCD type 2)
and erasure. Nothing here is imported by validate/fmt/test: drivers load inside the functions
that need them."""
