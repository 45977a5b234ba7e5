//! `make bench`: the platform at real size, measured beside a static file server.
//!
//! For each database (SQLite, and PostgreSQL when it answers) it generates the large data
//! set (`server generate`), starts the release server on it, and loads each page with 64
//! connections for a while, then nginx serving the very same bytes, so that each page's
//! figure is a ratio that holds on a noisy machine. It also measures a page's time alone,
//! join writes through the real `/api/join` (and checks afterwards that none was lost or
//! doubled), 256 log-ins at once (the server's memory must stay bounded), and the server's
//! peak memory. It prints one table and writes it to `bench/results.md`.
//!
//! Run it with `make bench`, which installs nginx, builds the release server and calls
//! this with the paths (see `Args`).

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

const SERVER_PORT: u16 = 3300;
const NGINX_PORT: u16 = 3301;
const CONNECTIONS: usize = 64;
const WRITERS: usize = 32;
const LOG_INS: usize = 256;
/// A page slower than this alone is not put under load (see `main`).
const TOO_SLOW_TO_LOAD_MS: f64 = 2_000.0;

struct Args {
    server: PathBuf,
    site: PathBuf,
    nginx: PathBuf,
    out: PathBuf,
    work: PathBuf,
    seconds: u64,
    /// Extra flags for `server generate` (smaller sizes for a quick look).
    sizes: Vec<String>,
    /// Whether to load the pages (`BENCH_PAGES=0` measures only writes and memory).
    pages: bool,
    /// Lighthouse's command line and the Chromium it drives; `lighthouse_runs` audits of
    /// each public page (`BENCH_LIGHTHOUSE_RUNS=0` skips them).
    lighthouse: PathBuf,
    chromium: PathBuf,
    lighthouse_runs: usize,
    postgres: Option<String>,
}

fn args() -> Args {
    let env =
        |name: &str, default: &str| std::env::var(name).unwrap_or_else(|_| default.to_owned());
    let target = env(
        "CARGO_TARGET_DIR",
        &format!("{}/.cache/forsamling/target", env("HOME", "/root")),
    );
    Args {
        server: env("BENCH_SERVER", &format!("{target}/release/server")).into(),
        site: env("BENCH_SITE", "target/site").into(),
        nginx: env("BENCH_NGINX", "/usr/sbin/nginx").into(),
        out: env("BENCH_OUT", "bench/results.md").into(),
        work: env("BENCH_WORK", "/tmp/forsamling-bench").into(),
        seconds: env("BENCH_SECONDS", "10").parse().unwrap_or(10),
        sizes: env("BENCH_SIZES", "")
            .split_whitespace()
            .map(str::to_owned)
            .collect(),
        pages: env("BENCH_PAGES", "1") != "0",
        lighthouse: env(
            "BENCH_LIGHTHOUSE",
            &format!(
                "{}/.cache/forsamling/tools/node_modules/.bin/lighthouse",
                env("HOME", "/root")
            ),
        )
        .into(),
        chromium: env("CHROME_PATH", "/usr/bin/chromium").into(),
        lighthouse_runs: env("BENCH_LIGHTHOUSE_RUNS", "3").parse().unwrap_or(3),
        // An administrator's address, to make the benchmark's own database with; empty to
        // measure SQLite only.
        postgres: Some(env(
            "BENCH_POSTGRES",
            &env(
                "PG_ADMIN_URL",
                "postgres://postgres@127.0.0.1:5432/postgres",
            ),
        ))
        .filter(|url| !url.is_empty()),
    }
}

/// What one load gave: requests a second and latencies.
#[derive(Clone, Copy, Default)]
struct Load {
    per_second: f64,
    p50_ms: f64,
    p99_ms: f64,
    failed: u64,
}

/// What a browser says it accepts: pages are measured compressed as browsers get them
/// (nginx then serves the same compressed bytes as they are).
const BROWSER_ENCODING: &str = "br, gzip";

/// Sends GET `url` from `connections` connections for `seconds`, each as fast as it can.
async fn load(url: &str, cookie: Option<&str>, connections: usize, seconds: u64) -> Load {
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let failed = Arc::new(AtomicU64::new(0));
    let mut tasks = Vec::new();
    for _ in 0..connections {
        let (url, cookie, failed) = (url.to_owned(), cookie.map(str::to_owned), failed.clone());
        tasks.push(tokio::spawn(async move {
            let client = reqwest::Client::builder()
                .pool_max_idle_per_host(1)
                .timeout(Duration::from_secs(5))
                .build()
                .expect("a client");
            let mut times = Vec::new();
            while Instant::now() < deadline {
                let started = Instant::now();
                let mut request = client.get(&url).header("accept-encoding", BROWSER_ENCODING);
                if let Some(cookie) = &cookie {
                    request = request.header("cookie", cookie);
                }
                let answered = match request.send().await {
                    Ok(response) if response.status().is_success() => {
                        response.bytes().await.is_ok()
                    }
                    _ => false,
                };
                if answered {
                    times.push(started.elapsed());
                } else {
                    failed.fetch_add(1, Ordering::Relaxed);
                }
            }
            times
        }));
    }
    let mut times = Vec::new();
    for task in tasks {
        times.extend(task.await.expect("a load task"));
    }
    times.sort();
    let at = |q: f64| {
        times
            .get(((times.len() as f64 * q) as usize).min(times.len().saturating_sub(1)))
            .map_or(0.0, |d| d.as_secs_f64() * 1000.0)
    };
    Load {
        per_second: times.len() as f64 / seconds as f64,
        p50_ms: at(0.50),
        p99_ms: at(0.99),
        failed: failed.load(Ordering::Relaxed),
    }
}

/// The median time of one request at a time, in milliseconds.
async fn alone(url: &str, cookie: Option<&str>) -> f64 {
    let client = reqwest::Client::new();
    let mut times = Vec::new();
    // 30 requests, or as many as fit in 10 seconds (at least 3): a slow page must not
    // hold the whole benchmark up.
    let budget = Instant::now() + Duration::from_secs(10);
    for n in 0..30 {
        if n >= 3 && Instant::now() > budget {
            break;
        }
        let started = Instant::now();
        let mut request = client.get(url).header("accept-encoding", BROWSER_ENCODING);
        if let Some(cookie) = cookie {
            request = request.header("cookie", cookie);
        }
        if let Ok(response) = request.send().await {
            let _ = response.bytes().await;
        }
        times.push(started.elapsed().as_secs_f64() * 1000.0);
    }
    times.sort_by(f64::total_cmp);
    times[times.len() / 2]
}

/// The server's resident memory now and at its peak, and how much of it now is files
/// mapped into memory (SQLite's database file, with `mmap_size`: pages the kernel can drop
/// at any time and shares with its file cache), in MB, from `/proc`.
fn memory(pid: u32) -> (f64, f64, f64) {
    // A missing entry means the server ended: a figure of 0 MB would hide that.
    let status = std::fs::read_to_string(format!("/proc/{pid}/status"))
        .expect("the server is still running");
    let field = |name: &str| {
        status
            .lines()
            .find(|l| l.starts_with(name))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|kb| kb.parse::<f64>().ok())
            .map_or(0.0, |kb| kb / 1024.0)
    };
    (field("VmRSS:"), field("VmHWM:"), field("RssFile:"))
}

struct Server {
    child: Child,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn server_command(args: &Args, database: &str) -> Command {
    let mut command = Command::new(&args.server);
    command
        .env("DATABASE_URL", database)
        .env("FORSAMLING_ADDR", format!("127.0.0.1:{SERVER_PORT}"))
        .env(
            "FORSAMLING_PUBLIC_URL",
            format!("http://127.0.0.1:{SERVER_PORT}"),
        )
        .env("FORSAMLING_SITE_ROOT", &args.site)
        .env("RUST_LOG", "warn");
    // Every request of the benchmark comes from one address.
    for limit in [
        "REGISTER_PER_ADDRESS",
        "LOG_IN_PER_ADDRESS",
        "LOG_IN_PER_ACCOUNT_AND_ADDRESS",
        "LOG_IN_PER_ACCOUNT",
        "MAIL_PER_ADDRESS",
        "REPORTS_PER_ADDRESS",
        "COMMENTS_PER_ADDRESS",
        "PROPOSALS_PER_ADDRESS",
    ] {
        command.env(format!("FORSAMLING_LIMIT_{limit}"), "off");
    }
    command
}

/// Refuses to go on when something already answers on `port`: every figure would be that
/// process's, not the one the benchmark started (a server left running from an earlier
/// measurement once answered every request, on another database).
fn port_must_be_free(port: u16, what: &str) {
    if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
        panic!(
            "127.0.0.1:{port} is already taken by another process; stop it before measuring ({what})"
        );
    }
}

/// Panics when the process the benchmark started has already ended.
fn must_be_running(child: &mut Child, what: &str) {
    if let Ok(Some(status)) = child.try_wait() {
        panic!("{what} ended at once ({status})");
    }
}

async fn start(args: &Args, database: &str) -> Server {
    port_must_be_free(SERVER_PORT, "the server");
    let child = server_command(args, database)
        .arg("serve")
        .stdout(Stdio::null())
        .spawn()
        .expect("start the server");
    let mut server = Server { child };
    let client = reqwest::Client::new();
    for _ in 0..600 {
        must_be_running(&mut server.child, "the server");
        let health = client
            .get(format!("http://127.0.0.1:{SERVER_PORT}/healthz"))
            .send()
            .await;
        if health.is_ok_and(|r| r.status().is_success()) {
            return server;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("the server did not start");
}

/// Logs in as `email` and answers the session cookie, trying again for a while when the
/// server is still busy with what an earlier measurement left queued.
async fn log_in(email: &str, password: &str) -> Option<String> {
    for _ in 0..30 {
        if let Some(cookie) = log_in_once(email, password).await {
            return Some(cookie);
        }
        tokio::time::sleep(Duration::from_secs(2)).await;
    }
    None
}

async fn log_in_once(email: &str, password: &str) -> Option<String> {
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .ok()?;
    let response = client
        .post(format!("http://127.0.0.1:{SERVER_PORT}/api/login"))
        .header("accept", "application/json")
        .form(&[("email", email), ("password", password)])
        .send()
        .await
        .ok()?;
    let cookies: Vec<String> = response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .filter_map(|v| v.split(';').next().map(str::to_owned))
        .collect();
    response.status().is_success().then(|| cookies.join("; "))
}

/// In what order the joining people go through the initiatives.
#[derive(Clone, Copy)]
enum Order {
    /// Each their own (shuffled by their id): people joining whatever they like.
    Own,
    /// All the same, by id: everyone joins the same few initiatives at the same moment,
    /// so every join waits for the one before on that initiative's counts row.
    Same,
}

/// Joins through `/api/join` from `WRITERS` people at once for `seconds`, each joining
/// published initiatives they are not in yet in `order`; answers joins per second, the
/// joins that succeeded, and the rows they added (twice the joins when none was lost or
/// doubled). `pass` picks other people for each pass: the last generated, then the
/// `WRITERS` before them, and so on.
async fn joins(database: &str, seconds: u64, order: Order, pass: i64) -> (f64, i64, i64) {
    let db = app::db::Db::connect(database).await.expect("connect");
    let last: i64 = sqlx::query_scalar("SELECT MAX(id) FROM accounts")
        .fetch_one(db.pool())
        .await
        .expect("accounts");
    let last = last - pass * WRITERS as i64;
    let writers: Vec<i64> = (last - WRITERS as i64 + 1..=last).collect();
    let mut plans = Vec::new();
    for &writer in &writers {
        let mut open: Vec<i64> = sqlx::query_scalar(
            "SELECT i.id FROM initiatives i WHERE i.state = 'published' AND i.hidden_at IS NULL \
             AND NOT EXISTS (SELECT 1 FROM participations p WHERE p.initiative_id = i.id \
             AND p.account_id = $1) ORDER BY i.id",
        )
        .bind(writer)
        .fetch_all(db.pool())
        .await
        .expect("initiatives to join");
        if let Order::Own = order {
            fastrand::Rng::with_seed(writer as u64).shuffle(&mut open);
        }
        let cookie = log_in(
            &server::generate::email(writer as usize),
            server::generate::GENERATED_PASSWORD,
        )
        .await
        .expect("a writer logs in");
        plans.push((cookie, open));
    }
    db.close().await;
    let (low, high) = (writers[0], last);
    let before = rows(database, low, high).await;
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let mut tasks = Vec::new();
    for (cookie, open) in plans {
        tasks.push(tokio::spawn(async move {
            let client = reqwest::Client::new();
            let mut new = 0i64;
            for id in open {
                if Instant::now() >= deadline {
                    break;
                }
                let id = id.to_string();
                let response = client
                    .post(format!("http://127.0.0.1:{SERVER_PORT}/api/join"))
                    .header("accept", "application/json")
                    .header("cookie", &cookie)
                    .form(&[("initiative_id", id.as_str()), ("level", "active")])
                    .send()
                    .await;
                if response.is_ok_and(|r| r.status().is_success()) {
                    new += 1;
                }
            }
            new
        }));
    }
    let started = Instant::now();
    let mut succeeded = 0;
    for task in tasks {
        succeeded += task.await.expect("a writer");
    }
    let elapsed = started.elapsed().as_secs_f64();
    let after = rows(database, low, high).await;
    (succeeded as f64 / elapsed, succeeded, after - before)
}

/// "none" when the rows added are exactly a participation and a join event for each join
/// that succeeded.
fn lost_or_doubled(added: i64, succeeded: i64) -> String {
    if added == 2 * succeeded {
        "none".to_owned()
    } else {
        format!("{} rows off", added - 2 * succeeded)
    }
}

/// Participations plus join events of the accounts `low..=high`.
async fn rows(database: &str, low: i64, high: i64) -> i64 {
    let db = app::db::Db::connect(database).await.expect("connect");
    let mut total = 0;
    for sql in [
        "SELECT COUNT(*) FROM participations WHERE account_id BETWEEN $1 AND $2",
        "SELECT COUNT(*) FROM participation_events WHERE account_id BETWEEN $1 AND $2 \
         AND kind = 'joined'",
    ] {
        let n: i64 = sqlx::query_scalar(sql)
            .bind(low)
            .bind(high)
            .fetch_one(db.pool())
            .await
            .expect("count");
        total += n;
    }
    db.close().await;
    total
}

/// 256 wrong passwords at once: the server hashes a few at a time and refuses the rest,
/// so its memory stays bounded. Answers the peak memory after, and how many were refused.
async fn log_in_storm(pid: u32) -> (f64, usize) {
    let mut tasks = Vec::new();
    for n in 0..LOG_INS {
        tasks.push(tokio::spawn(async move {
            let email = server::generate::email(100 + n);
            log_in_once(&email, "not the password at all").await;
        }));
    }
    for task in tasks {
        let _ = task.await;
    }
    (memory(pid).1, LOG_INS)
}

fn nginx(args: &Args, root: &Path) -> Child {
    port_must_be_free(NGINX_PORT, "nginx");
    let conf = args.work.join("nginx.conf");
    let text = format!(
        "worker_processes auto; daemon off; pid {work}/nginx.pid; error_log {work}/nginx.log;\n\
         events {{ worker_connections 1024; }}\n\
         http {{ access_log off; default_type text/html; keepalive_requests 100000;\n\
           client_body_temp_path {work}/tmp; proxy_temp_path {work}/tmp; fastcgi_temp_path {work}/tmp;\n\
           uwsgi_temp_path {work}/tmp; scgi_temp_path {work}/tmp;\n\
           server {{ listen 127.0.0.1:{NGINX_PORT}; root {root}; }} }}\n",
        work = args.work.display(),
        root = root.display(),
    );
    std::fs::create_dir_all(args.work.join("tmp")).expect("nginx folder");
    std::fs::write(&conf, text).expect("nginx.conf");
    Command::new(&args.nginx)
        .arg("-c")
        .arg(&conf)
        .arg("-p")
        .arg(&args.work)
        .stderr(Stdio::null())
        .spawn()
        .expect("start nginx (make bench installs it)")
}

/// Asks nginx to stop and waits until it has. Not `Child::kill`: SIGKILL ends only the
/// master process, and its workers went on holding the port, so the next database's
/// nginx found it taken.
fn stop_nginx(mut nginx: Child) {
    let _ = Command::new("kill")
        .arg("-TERM")
        .arg(nginx.id().to_string())
        .status();
    let _ = nginx.wait();
    let deadline = Instant::now() + Duration::from_secs(10);
    while std::net::TcpStream::connect(("127.0.0.1", NGINX_PORT)).is_ok() {
        assert!(Instant::now() < deadline, "nginx's workers did not stop");
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// What a public page makes the browser download before it is interactive: the files under
/// /pkg/ that the front page names, as the server sends them to a browser that accepts
/// brotli. Answers one table row a file, and the total on the wire.
async fn bundle(base: &str) -> (String, u64) {
    let client = reqwest::Client::new();
    let page = client
        .get(format!("{base}/"))
        .send()
        .await
        .expect("the front page")
        .text()
        .await
        .expect("its text");
    let mut files: Vec<String> = page
        .split('"')
        .filter(|part| part.starts_with("/pkg/"))
        .map(str::to_owned)
        .collect();
    files.sort();
    files.dedup();
    let (mut rows, mut total) = (String::new(), 0);
    for file in files {
        let response = client
            .get(format!("{base}{file}"))
            .header("accept-encoding", "br, gzip")
            .send()
            .await
            .expect("a bundle file");
        let header = |name: &str| {
            response
                .headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .unwrap_or("none")
                .to_owned()
        };
        let (encoding, caching) = (header("content-encoding"), header("cache-control"));
        let bytes = response.bytes().await.expect("its bytes").len() as u64;
        total += bytes;
        let _ = writeln!(
            rows,
            "| `{file}` | {:.1} KB | {encoding} | {caching} |",
            bytes as f64 / 1024.0
        );
    }
    (rows, total)
}

/// One Lighthouse audit of a page with its mobile defaults: a mid-range phone on Slow 4G
/// with a CPU four times slower (simulated), the browser's cache empty.
struct Audit {
    performance: f64,
    accessibility: f64,
    /// When the page became interactive (Lighthouse's "interactive" audit), if it says.
    interactive_ms: Option<f64>,
    largest_paint_ms: f64,
    kilobytes: f64,
}

fn audit(args: &Args, url: &str) -> Option<Audit> {
    let output = Command::new(&args.lighthouse)
        .arg(url)
        .args([
            "--quiet",
            "--output=json",
            "--output-path=stdout",
            "--only-categories=performance,accessibility",
            "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
        ])
        .env("CHROME_PATH", &args.chromium)
        .stderr(Stdio::null())
        .output()
        .ok()?;
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).ok()?;
    let score = |category: &str| {
        report["categories"][category]["score"]
            .as_f64()
            .map(|score| score * 100.0)
    };
    let value = |name: &str| report["audits"][name]["numericValue"].as_f64();
    Some(Audit {
        performance: score("performance")?,
        accessibility: score("accessibility")?,
        interactive_ms: value("interactive"),
        largest_paint_ms: value("largest-contentful-paint")?,
        kilobytes: value("total-byte-weight")? / 1024.0,
    })
}

/// Lighthouse on the public pages, `lighthouse_runs` times each (its score moves from run
/// to run): one table row a page with the median and the range.
fn lighthouse_table(args: &Args, base: &str) -> String {
    let mut rows = String::new();
    for path in ["/", "/initiatives", "/initiatives/1"] {
        println!("== Lighthouse: {path}");
        let mut audits: Vec<Audit> = (0..args.lighthouse_runs)
            .filter_map(|_| audit(args, &format!("{base}{path}")))
            .collect();
        if audits.is_empty() {
            let _ = writeln!(rows, "| `{path}` | did not run | | | | |");
            continue;
        }
        audits.sort_by(|a, b| a.performance.total_cmp(&b.performance));
        let median = &audits[audits.len() / 2];
        let lowest = audits.first().map_or(0.0, |a| a.performance);
        let highest = audits.last().map_or(0.0, |a| a.performance);
        let accessibility = audits
            .iter()
            .map(|a| a.accessibility)
            .fold(f64::MAX, f64::min);
        let interactive = median
            .interactive_ms
            .map_or("not reported".to_owned(), |ms| {
                format!("{:.1} s", ms / 1000.0)
            });
        let _ = writeln!(
            rows,
            "| `{path}` | {:.0} ({lowest:.0}–{highest:.0}) | {accessibility:.0} | {interactive} | {:.1} s | {:.0} KB |",
            median.performance,
            median.largest_paint_ms / 1000.0,
            median.kilobytes,
        );
    }
    rows
}

struct Row {
    backend: &'static str,
    page: String,
    server: Load,
    nginx: Load,
    alone_ms: f64,
}

#[tokio::main]
async fn main() {
    let args = args();
    std::fs::create_dir_all(&args.work).expect("work folder");
    let mut databases: Vec<(&'static str, String)> = vec![(
        "SQLite",
        format!("sqlite://{}/bench.db", args.work.display()),
    )];
    if let Some(admin) = &args.postgres {
        if let Ok(db) = app::db::Db::connect(admin).await {
            let _ = sqlx::query("DROP DATABASE IF EXISTS forsamling_bench WITH (FORCE)")
                .execute(db.pool())
                .await;
            if sqlx::query("CREATE DATABASE forsamling_bench")
                .execute(db.pool())
                .await
                .is_ok()
            {
                let url = admin.rsplit_once('/').map_or(admin.clone(), |(base, _)| {
                    format!("{base}/forsamling_bench")
                });
                databases.push(("PostgreSQL", url));
            }
            db.close().await;
        } else {
            println!("PostgreSQL does not answer: measuring SQLite only.");
        }
    }
    let mut rows = Vec::new();
    let mut notes = BTreeMap::new();
    let mut bundle_table = None;
    let mut lighthouse_rows = None;
    for (backend, database) in &databases {
        if database.starts_with("sqlite") {
            for suffix in ["", "-wal", "-shm"] {
                let _ = std::fs::remove_file(args.work.join(format!("bench.db{suffix}")));
            }
        }
        println!("== {backend}: generating the data set");
        let status = server_command(&args, database)
            .arg("generate")
            .args(&args.sizes)
            .status()
            .expect("run server generate");
        assert!(status.success(), "server generate failed");
        let server = start(&args, database).await;
        let pid = server.child.id();
        let politician = log_in(
            "politician@generated.invalid",
            server::generate::GENERATED_PASSWORD,
        )
        .await
        .expect("the politician logs in");
        let base = format!("http://127.0.0.1:{SERVER_PORT}");
        if bundle_table.is_none() {
            bundle_table = Some(bundle(&base).await);
            if args.lighthouse_runs > 0 {
                lighthouse_rows = Some(lighthouse_table(&args, &base));
            }
        }
        let pages: Vec<(&str, Option<&str>)> = vec![
            ("/", None),
            ("/initiatives", None),
            ("/initiatives?sort=participants", None),
            ("/initiatives/1", None),
            ("/initiatives/2", None),
            ("/summary", Some(politician.as_str())),
            ("/summary?period=year", Some(politician.as_str())),
        ];
        let pages = if args.pages { pages } else { Vec::new() };
        // The same bytes for nginx to serve.
        let root = args.work.join(format!("static-{}", backend.to_lowercase()));
        std::fs::create_dir_all(&root).expect("static folder");
        let client = reqwest::Client::new();
        for (i, (path, cookie)) in pages.iter().enumerate() {
            let mut request = client
                .get(format!("{base}{path}"))
                .header("accept-encoding", BROWSER_ENCODING);
            if let Some(cookie) = cookie {
                request = request.header("cookie", *cookie);
            }
            let body = request
                .send()
                .await
                .expect("fetch")
                .bytes()
                .await
                .expect("body");
            std::fs::write(root.join(format!("page{i}.html")), &body).expect("write page");
        }
        let mut static_server = nginx(&args, &root);
        tokio::time::sleep(Duration::from_millis(500)).await;
        must_be_running(&mut static_server, "nginx");
        for (i, (path, cookie)) in pages.iter().enumerate() {
            println!("== {backend}: {path}");
            let alone_ms = alone(&format!("{base}{path}"), *cookie).await;
            if alone_ms > TOO_SLOW_TO_LOAD_MS {
                // 64 connections would only queue requests the server then works through
                // long after, and every later figure would measure that backlog.
                println!("   alone {alone_ms:.1} ms: too slow to load, not loaded");
                rows.push(Row {
                    backend,
                    page: path.to_string(),
                    server: Load::default(),
                    nginx: Load::default(),
                    alone_ms,
                });
                continue;
            }
            let server_load =
                load(&format!("{base}{path}"), *cookie, CONNECTIONS, args.seconds).await;
            let nginx_load = load(
                &format!("http://127.0.0.1:{NGINX_PORT}/page{i}.html"),
                None,
                CONNECTIONS,
                args.seconds,
            )
            .await;
            println!(
                "   {:.0} req/s (nginx {:.0}), p50 {:.1} ms, p99 {:.1} ms, alone {alone_ms:.1} ms, {} failed",
                server_load.per_second,
                nginx_load.per_second,
                server_load.p50_ms,
                server_load.p99_ms,
                server_load.failed
            );
            rows.push(Row {
                backend,
                page: path.to_string(),
                server: server_load,
                nginx: nginx_load,
                alone_ms,
            });
        }
        stop_nginx(static_server);
        let (_, peak_reading, _) = memory(pid);
        println!("== {backend}: joins");
        let (per_second, succeeded, added) = joins(database, args.seconds, Order::Own, 0).await;
        let (same_per_second, same_succeeded, same_added) =
            joins(database, args.seconds, Order::Same, 1).await;
        println!("== {backend}: 256 log-ins at once");
        let (after_log_ins, tried) = log_in_storm(pid).await;
        let (rss, _, mapped) = memory(pid);
        notes.insert(
            *backend,
            format!(
                "| {backend} | {per_second:.0} | {same_per_second:.0} | {} | {} | {peak_reading:.0} MB | {after_log_ins:.0} MB after {tried} log-ins | {rss:.0} MB, {mapped:.0} MB of it mapped files |",
                succeeded + same_succeeded,
                lost_or_doubled(added + same_added, succeeded + same_succeeded),
            ),
        );
        drop(server);
    }

    let mut out = String::new();
    let _ = writeln!(
        out,
        "| database | page | req/s | p50 ms | p99 ms | nginx req/s | ratio | alone ms | failed |"
    );
    let _ = writeln!(out, "|---|---|---:|---:|---:|---:|---:|---:|---:|");
    for row in &rows {
        if row.nginx.per_second == 0.0 {
            let _ = writeln!(
                out,
                "| {} | `{}` | not loaded | | | | | {:.1} | |",
                row.backend, row.page, row.alone_ms
            );
            continue;
        }
        let _ = writeln!(
            out,
            "| {} | `{}` | {:.0} | {:.1} | {:.1} | {:.0} | {:.3} | {:.1} | {} |",
            row.backend,
            row.page,
            row.server.per_second,
            row.server.p50_ms,
            row.server.p99_ms,
            row.nginx.per_second,
            row.server.per_second / row.nginx.per_second.max(1.0),
            row.alone_ms,
            row.server.failed,
        );
    }
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "| database | joins/s ({WRITERS} connections, each their own initiatives) | joins/s (all the same initiatives) | joins | lost or doubled | peak memory after pages | peak after log-ins | memory at the end |"
    );
    let _ = writeln!(out, "|---|---:|---:|---:|---|---:|---:|---:|");
    for note in notes.values() {
        let _ = writeln!(out, "{note}");
    }
    if let Some((files, total)) = bundle_table {
        let _ = writeln!(out);
        let _ = writeln!(
            out,
            "| what a public page downloads before it is interactive | on the wire | encoding | caching |"
        );
        let _ = writeln!(out, "|---|---:|---|---|");
        let _ = write!(out, "{files}");
        let _ = writeln!(out, "| in all | {:.1} KB | | |", total as f64 / 1024.0);
    }
    if let Some(rows) = lighthouse_rows {
        let _ = writeln!(out);
        let _ = writeln!(
            out,
            "| Lighthouse mobile ({} runs a page, the server idle) | performance: median (range) | accessibility | interactive | largest paint | downloaded |",
            args.lighthouse_runs
        );
        let _ = writeln!(out, "|---|---:|---:|---:|---:|---:|");
        let _ = write!(out, "{rows}");
    }
    print!("{out}");
    if let Some(parent) = args.out.parent() {
        let _ = std::fs::create_dir_all(parent);
    }
    std::fs::write(&args.out, &out).expect("write the results");
    println!("Written to {}.", args.out.display());
}
