"""The services: one module per feature. Each takes ports (Protocols from `core.ports`) and plain values,
and returns plain data; none imports the store, the Weibo client, the keyring, SQL or Qt. `app.bootstrap`
wires the adapters in."""
