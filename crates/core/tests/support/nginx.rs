//! A real nginx (Debian's /usr/sbin/nginx) serving a folder on a free loopback port, run as a
//! child of the test without root: configuration, pid file, logs and temporary files live in
//! a temporary folder, and the single nginx process is killed when the [`Nginx`] is dropped.
//!
//! The access log has one line per request, `<status> <body bytes sent> "<Range>" <request>`,
//! so a test can check what went over the wire (a 304 with 0 bytes, a 206 with the rest).
//!
//! [`RawServer`] is a tiny thread server for answers nginx will not give on its own (a body
//! that never ends, a connection cut halfway); nginx can proxy to it.

use std::io::{BufRead, BufReader, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub const NGINX: &str = "/usr/sbin/nginx";

/// A running nginx.
#[derive(Debug)]
pub struct Nginx {
    child: Child,
    port: u16,
    dir: tempfile::TempDir,
}

/// What to add to the server before starting it.
#[derive(Debug)]
pub struct NginxBuilder {
    root: PathBuf,
    locations: Vec<String>,
}

/// One line of the access log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoggedRequest {
    pub status: u16,
    pub body_bytes_sent: u64,
    /// The request's `Range` header, `-` when none was sent.
    pub range: String,
    /// `GET /timestamp.json HTTP/1.1`.
    pub request: String,
}

impl Nginx {
    /// Serves the files of `root` (with ETags, conditional GET and ranges, as nginx does).
    pub fn serve(root: &Path) -> Nginx {
        Nginx::builder(root).start()
    }

    pub fn builder(root: &Path) -> NginxBuilder {
        NginxBuilder { root: root.to_path_buf(), locations: Vec::new() }
    }

    /// `http://127.0.0.1:<port>/`.
    pub fn base_url(&self) -> String {
        format!("http://127.0.0.1:{}/", self.port)
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    pub fn access_log_path(&self) -> PathBuf {
        self.dir.path().join("access.log")
    }

    /// The requests logged so far. nginx writes a line only after the response is sent, so
    /// this waits until the log holds at least `at_least` lines (at most 5 seconds).
    pub fn requests(&self, at_least: usize) -> Vec<LoggedRequest> {
        let deadline = Instant::now() + Duration::from_secs(5);
        loop {
            let text = std::fs::read_to_string(self.access_log_path()).unwrap_or_default();
            let lines: Vec<LoggedRequest> = text.lines().map(parse_log_line).collect();
            if lines.len() >= at_least || Instant::now() > deadline {
                return lines;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl NginxBuilder {
    /// Adds a raw `location ... { ... }` block to the server. `{root}` in it is replaced by
    /// the served folder.
    pub fn location(mut self, block: &str) -> NginxBuilder {
        self.locations.push(block.replace("{root}", &self.root.display().to_string()));
        self
    }

    /// Starts nginx on a free port. A port taken between choosing and binding it is retried.
    pub fn start(self) -> Nginx {
        let dir = tempfile::tempdir().expect("nginx temp dir");
        for _ in 0..5 {
            let port = free_port();
            std::fs::write(dir.path().join("nginx.conf"), self.config(dir.path(), port)).expect("nginx.conf");
            let _ = std::fs::remove_file(dir.path().join("error.log"));
            let mut child = Command::new(NGINX)
                .arg("-p")
                .arg(dir.path())
                .arg("-e")
                .arg(dir.path().join("error.log"))
                .arg("-c")
                .arg(dir.path().join("nginx.conf"))
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .expect("start /usr/sbin/nginx (Debian package nginx-light)");
            let deadline = Instant::now() + Duration::from_secs(10);
            while Instant::now() < deadline {
                if child.try_wait().expect("nginx status").is_some() {
                    break;
                }
                if TcpStream::connect(("127.0.0.1", port)).is_ok() {
                    return Nginx { child, port, dir };
                }
                std::thread::sleep(Duration::from_millis(20));
            }
            let _ = child.kill();
            let _ = child.wait();
        }
        let log = std::fs::read_to_string(dir.path().join("error.log")).unwrap_or_default();
        panic!("nginx did not start:\n{log}");
    }

    fn config(&self, dir: &Path, port: u16) -> String {
        let dir = dir.display();
        let root = self.root.display();
        let locations = self.locations.join("\n");
        format!(
            r#"daemon off;
master_process off;
worker_processes 1;
pid {dir}/nginx.pid;
events {{ worker_connections 64; }}
http {{
    types {{ application/json json; text/html html; }}
    default_type application/octet-stream;
    gzip_static on;
    log_format wegwijs '$status $body_bytes_sent "$http_range" $request';
    access_log {dir}/access.log wegwijs;
    client_body_temp_path {dir}/body;
    proxy_temp_path {dir}/proxy;
    fastcgi_temp_path {dir}/fastcgi;
    uwsgi_temp_path {dir}/uwsgi;
    scgi_temp_path {dir}/scgi;
    server {{
        listen 127.0.0.1:{port};
        root {root};
        {locations}
    }}
}}
"#
        )
    }
}

impl Drop for Nginx {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A loopback port that was free a moment ago.
pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").and_then(|listener| listener.local_addr()).expect("free port").port()
}

fn parse_log_line(line: &str) -> LoggedRequest {
    let mut parts = line.splitn(4, ' ');
    let mut next = || parts.next().unwrap_or_default().to_string();
    let status = next().parse().unwrap_or(0);
    let body_bytes_sent = next().parse().unwrap_or(0);
    let range = next().trim_matches('"').to_string();
    LoggedRequest { status, body_bytes_sent, range, request: next() }
}

/// A thread server on a free loopback port: for each connection it reads the request head and
/// hands the stream to `respond`, which writes whatever it likes.
#[derive(Debug)]
pub struct RawServer {
    port: u16,
}

impl RawServer {
    pub fn start(respond: impl Fn(&mut TcpStream) + Send + 'static) -> RawServer {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind raw server");
        let port = listener.local_addr().expect("raw server address").port();
        std::thread::spawn(move || {
            for mut stream in listener.incoming().flatten() {
                if read_request_head(&stream).is_some() {
                    respond(&mut stream);
                }
                let _ = stream.shutdown(Shutdown::Both);
            }
        });
        RawServer { port }
    }

    /// A server whose answers never end: 200, chunked, 64 KiB chunks until the client leaves.
    pub fn endless() -> RawServer {
        RawServer::start(|stream| {
            let head =
                "HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nTransfer-Encoding: chunked\r\n\r\n";
            if stream.write_all(head.as_bytes()).is_err() {
                return;
            }
            let chunk = vec![b'x'; 64 * 1024];
            loop {
                let framed = [format!("{:x}\r\n", chunk.len()).as_bytes(), &chunk, b"\r\n"].concat();
                if stream.write_all(&framed).is_err() {
                    return;
                }
            }
        })
    }

    /// A server that announces all of `body` and then hangs up after its first `sent` bytes,
    /// as a dropped phone connection does.
    pub fn cut_off(body: Vec<u8>, sent: usize) -> RawServer {
        RawServer::start(move |stream| {
            let head = format!("HTTP/1.1 200 OK\r\nContent-Length: {}\r\nConnection: close\r\n\r\n", body.len());
            let _ = stream.write_all(head.as_bytes());
            let _ = stream.write_all(&body[..sent]);
            let _ = stream.flush();
        })
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    pub fn base_url(&self) -> String {
        format!("http://127.0.0.1:{}/", self.port)
    }
}

/// Reads up to the blank line after the headers; returns the request line.
fn read_request_head(stream: &TcpStream) -> Option<String> {
    let mut reader = BufReader::new(stream);
    let mut request_line = String::new();
    reader.read_line(&mut request_line).ok()?;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).ok()? == 0 || line == "\r\n" || line == "\n" {
            return Some(request_line);
        }
    }
}
