-- wrk script: POST a decisions request; env BENCH_TOKEN, BENCH_BODY, BENCH_DEVICE (AP-Device-Identifier, optional)
wrk.method = "POST"
wrk.body = os.getenv("BENCH_BODY")
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN")
wrk.headers["AP-Device-Identifier"] = os.getenv("BENCH_DEVICE") or "fingerprint YmVuY2gtZGV2aWNlLTE="
wrk.headers["X-Forwarded-For"] = "198.51.100.7"
