"""The Weibo Open API v2: a `requests` client (`client`), its typed errors (`errors`), the OAuth
redirect catcher (`oauth`) and a local sandbox that speaks the same API (`sandbox`)."""
