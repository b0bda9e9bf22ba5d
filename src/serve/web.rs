//! The web transport of a room, with axum: a page (xterm.js, embedded in the binary) and one WebSocket per player
//! that carries the same terminal bytes as SSH. The game behind it is the same (`player::open`): the same App,
//! records and limits. What is particular to the web is only here: the page's files, the room code in the query,
//! the Origin check, and resizes as small JSON messages.
//!
//! The protocol of `/ws?code=CODE&cols=C&rows=R`: binary messages are terminal bytes both ways (keys and mouse
//! reports from xterm.js, frames from the game); text messages are JSON for control: `{"resize":[C,R]}` from the
//! page, `{"refused":"..."}` from the server before it closes.
//!
//! `/report` is the room's report page (`report --format html`, of the records written so far) for the
//! facilitator's own browser and the projector: served only to this machine, or to a request that carries the
//! facilitator code (`?facilitator=CODE`), never for the room code. It reloads itself when records arrive.

use std::net::SocketAddr;
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use axum::Router;
use axum::extract::ws::{Message, WebSocket, WebSocketUpgrade};
use axum::extract::{ConnectInfo, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use include_dir::{Dir, include_dir};
use serde::Deserialize;
use tokio::net::TcpListener;

use super::input::InputBudget;
use super::player::{self, Outbound};
use super::room::{Inbound, Room};
use crate::i18n::Localizer;

/// The page and its scripts, styles and licences; nothing else is ever served.
static WEB: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/web");

/// The largest WebSocket message or frame a client may send. Keys are a few bytes, a resize a few dozen; a
/// longer message closes that connection (tungstenite refuses it before it is buffered whole).
pub const MAX_MESSAGE: usize = 4096;

/// A control message costs the input budget as many bytes as this, whatever its length: a resize makes the game
/// draw a whole frame, so a flood of them must run dry as fast as a flood of keys.
const CONTROL_COST: usize = 256;

/// Pings keep NAT and Wi-Fi paths open and notice a phone that went away.
const PING_EVERY: Duration = Duration::from_secs(30);

/// Scripts and styles from this server only. xterm.js's DOM renderer writes its cell sizes and colours into
/// `<style>` elements it creates, so styles also allow inline ones; scripts never do.
pub const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self'; \
                       connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; \
                       frame-ancestors 'none'";

#[derive(Clone)]
struct Site {
    room: Arc<Room>,
    page: Arc<Vec<u8>>,
    page_etag: Arc<String>,
    /// The report page last made, with its version: made again only when records have arrived.
    report: Arc<std::sync::Mutex<Option<MadeReport>>>,
}

/// A report page with the version of the records it shows.
type MadeReport = (String, Arc<Vec<u8>>);

/// The web routes for a room: `/`, `/ws`, and the embedded files; anything else is a 404.
pub fn router(room: Arc<Room>) -> Router {
    let page = render_page(&room);
    let page_etag = etag(&page);
    let site = Site { room, page: Arc::new(page), page_etag: Arc::new(page_etag), report: Default::default() };
    let files = Router::new()
        .route("/", get(index))
        .fallback(file)
        .layer(tower_http::compression::CompressionLayer::new().gzip(true));
    Router::new().route("/ws", get(ws)).route("/report", get(report)).merge(files).with_state(site)
}

/// Serves the web transport until the room closes.
pub async fn serve(room: Arc<Room>, listener: TcpListener, mut closing: tokio::sync::watch::Receiver<bool>) {
    let app = router(room).into_make_service_with_connect_info::<SocketAddr>();
    let _ = axum::serve(listener, app)
        .with_graceful_shutdown(async move {
            let _ = closing.changed().await;
        })
        .await;
}

/// The page, in the room's language: its words come from the Fluent messages `web-*`, escaped for HTML.
fn render_page(room: &Room) -> Vec<u8> {
    let template = WEB.get_file("index.html").and_then(|f| f.contents_utf8()).unwrap_or("");
    let langs: Vec<String> = room.cfg.lang.iter().cloned().collect();
    let loc = Localizer::new(&room.content.locales, &langs);
    let mut out = String::with_capacity(template.len() + 512);
    let mut rest = template;
    while let Some(start) = rest.find("{{") {
        out.push_str(&rest[..start]);
        let Some(end) = rest[start..].find("}}") else {
            rest = &rest[start..];
            break;
        };
        let key = &rest[start + 2..start + end];
        let text = match key {
            "lang" => loc.primary().to_string(),
            "room" => room.cfg.workshop.clone().unwrap_or_default(),
            id => crate::sanitize::sanitize(&loc.text(id, &Vec::new())),
        };
        out.push_str(&escape_html(&text));
        rest = &rest[start + end + 2..];
    }
    out.push_str(rest);
    out.into_bytes()
}

/// The page's words made safe as HTML: the report page's one escaper (sanitised, then the five characters).
pub fn escape_html(s: &str) -> String {
    crate::report::html::esc(s)
}

/// A strong validator for a file's bytes (FNV-1a, 64 bits): the files never change while the server runs.
fn etag(bytes: &[u8]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("\"{h:016x}\"")
}

fn security_headers(h: &mut HeaderMap) {
    h.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(CSP));
    h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    h.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
}

fn respond(req: &HeaderMap, body: Vec<u8>, tag: &str, kind: &'static str, cache: &'static str) -> Response {
    let mut h = HeaderMap::new();
    security_headers(&mut h);
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    if let Ok(v) = HeaderValue::from_str(tag) {
        h.insert(header::ETAG, v);
    }
    if req
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| t.trim() == tag))
    {
        return (StatusCode::NOT_MODIFIED, h).into_response();
    }
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(kind));
    (StatusCode::OK, h, body).into_response()
}

async fn index(State(site): State<Site>, req: HeaderMap) -> Response {
    // The page is checked on every visit (it is small); the scripts it names are cached.
    respond(&req, site.page.to_vec(), &site.page_etag, "text/html; charset=utf-8", "no-cache")
}

/// The embedded file at a request's path, or a 404. The path is looked up in the embedded table as it is; it is
/// never joined to a directory, so `..` or an absolute path cannot reach the file system.
async fn file(uri: Uri, req: HeaderMap) -> Response {
    static TAGS: OnceLock<std::collections::HashMap<&'static str, String>> = OnceLock::new();
    let path = uri.path().strip_prefix('/').unwrap_or("");
    let plain = !path.is_empty()
        && path != "index.html"
        && path.split('/').all(|seg| {
            !seg.is_empty()
                && !seg.starts_with('.')
                && seg.bytes().all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b))
        });
    let Some(f) = (if plain { WEB.get_file(path) } else { None }) else {
        return not_found();
    };
    let tags = TAGS.get_or_init(|| {
        let mut m = std::collections::HashMap::new();
        collect_tags(&WEB, &mut m);
        m
    });
    let tag = tags.get(path).cloned().unwrap_or_else(|| etag(f.contents()));
    let kind = match path.rsplit('.').next() {
        Some("js") => "text/javascript; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("html") => "text/html; charset=utf-8",
        Some("svg") => "image/svg+xml",
        _ => "text/plain; charset=utf-8",
    };
    respond(&req, f.contents().to_vec(), &tag, kind, "public, max-age=3600")
}

fn collect_tags(dir: &'static Dir<'static>, out: &mut std::collections::HashMap<&'static str, String>) {
    for f in dir.files() {
        if let Some(p) = f.path().to_str() {
            out.insert(p, etag(f.contents()));
        }
    }
    for d in dir.dirs() {
        collect_tags(d, out);
    }
}

fn not_found() -> Response {
    let mut h = HeaderMap::new();
    security_headers(&mut h);
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/plain; charset=utf-8"));
    (StatusCode::NOT_FOUND, h, "not found\n").into_response()
}

#[derive(Deserialize)]
struct ReportQuery {
    facilitator: Option<String>,
}

/// Whether a request may see the report page: it carries the facilitator code, or it comes from this machine.
/// "This machine" is a loopback peer that names a loopback host and came through no proxy: a reverse proxy on
/// the same machine would make every player look local, and a site whose name is made to point at 127.0.0.1
/// (DNS rebinding) sends its own name as the Host.
pub fn report_allowed(peer: std::net::IpAddr, h: &HeaderMap, given: Option<&str>, code: &str) -> bool {
    if given.is_some_and(|g| same_code(g, code)) {
        return true;
    }
    let proxied = ["forwarded", "x-forwarded-for", "x-real-ip"].iter().any(|n| h.contains_key(*n));
    let host = h.get(header::HOST).and_then(|v| v.to_str().ok()).unwrap_or("");
    let name = match host.strip_prefix('[') {
        Some(rest) => rest.split(']').next().unwrap_or(""),
        None => host.split(':').next().unwrap_or(""),
    };
    let local_name =
        name.eq_ignore_ascii_case("localhost") || name.parse::<std::net::IpAddr>().is_ok_and(|ip| ip.is_loopback());
    peer.is_loopback() && !proxied && local_name
}

/// Codes compared without case and in time that does not depend on where they differ.
fn same_code(given: &str, code: &str) -> bool {
    let (a, b) = (given.as_bytes(), code.as_bytes());
    a.len() == b.len()
        && !code.is_empty()
        && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x.to_ascii_uppercase() ^ y.to_ascii_uppercase())) == 0
}

async fn report(
    State(site): State<Site>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    Query(q): Query<ReportQuery>,
) -> Response {
    let room = site.room.clone();
    if !report_allowed(peer.ip(), &headers, q.facilitator.as_deref(), &room.cfg.facilitator_code) {
        // Wrong codes count against the address's connections, so the code cannot be guessed at speed.
        if !room.allow_connection(peer.ip()) {
            return (StatusCode::TOO_MANY_REQUESTS, "too many requests; wait a minute\n").into_response();
        }
        room.log("refused the report page: not this machine, and no facilitator code");
        let langs: Vec<String> = room.cfg.lang.iter().cloned().chain(accept_language(&headers)).collect();
        let text = Localizer::new(&room.content.locales, &langs).text("report-live-refused", &Vec::new());
        let mut h = HeaderMap::new();
        security_headers(&mut h);
        h.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/plain; charset=utf-8"));
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
        return (StatusCode::FORBIDDEN, h, format!("{}\n", crate::sanitize::sanitize(&text))).into_response();
    }
    // Made off the network threads: a page of a big room takes a moment, and players' sockets share them.
    let made = tokio::task::spawn_blocking(move || {
        let records = room.written();
        let version = super::console::report_version(records.len());
        let mut cache = site.report.lock().unwrap_or_else(|e| e.into_inner());
        if let Some((v, page)) = cache.as_ref()
            && *v == version
        {
            return (version, page.clone());
        }
        let langs: Vec<String> = room.cfg.lang.iter().cloned().collect();
        let loc = Localizer::new(&room.content.locales, &langs);
        let words = crate::words::Words::new(&loc, &room.lib, None);
        let page = Arc::new(super::console::report_page(&room, &words, &records, true).into_bytes());
        *cache = Some((version.clone(), page.clone()));
        (version, page)
    })
    .await;
    let Ok((version, page)) = made else {
        return (StatusCode::INTERNAL_SERVER_ERROR, "the report page could not be made\n").into_response();
    };
    let mut h = HeaderMap::new();
    security_headers(&mut h);
    let csp = format!("{}; frame-ancestors 'none'", crate::report::html::csp(true));
    if let Ok(v) = HeaderValue::from_str(&csp) {
        h.insert(header::CONTENT_SECURITY_POLICY, v);
    }
    // The room's numbers stay out of every cache; the page asks for its version instead.
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8"));
    if let Ok(v) = HeaderValue::from_str(&version) {
        h.insert("x-redflag-version", v);
    }
    (StatusCode::OK, h, page.to_vec()).into_response()
}

#[derive(Deserialize)]
struct JoinQuery {
    code: Option<String>,
    cols: Option<u32>,
    rows: Option<u32>,
}

/// Whether a browser's page came from this server: the Origin's host and port are the request's Host. A client
/// that sends no Origin is not a browser (a browser always sends one with a WebSocket), and gains nothing it
/// could not get by sending the right one; a page on another site cannot open a player's session in its name.
pub fn origin_ok(h: &HeaderMap) -> bool {
    let Some(origin) = h.get(header::ORIGIN) else { return true };
    let (Ok(origin), Some(Ok(host))) = (origin.to_str(), h.get(header::HOST).map(|v| v.to_str())) else {
        return false;
    };
    let authority = origin.strip_prefix("http://").or_else(|| origin.strip_prefix("https://"));
    authority.is_some_and(|a| a.eq_ignore_ascii_case(host))
}

/// The first language of Accept-Language, as the page's LANG.
fn accept_language(h: &HeaderMap) -> Option<String> {
    let v = h.get(header::ACCEPT_LANGUAGE)?.to_str().ok()?;
    let first = v.split(',').next()?.split(';').next()?.trim();
    (!first.is_empty()
        && first != "*"
        && first.len() < 36
        && first.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'))
    .then(|| first.to_string())
}

async fn ws(
    State(site): State<Site>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    Query(q): Query<JoinQuery>,
    upgrade: WebSocketUpgrade,
) -> Response {
    let room = site.room;
    if !origin_ok(&headers) {
        room.log("refused a web connection: its page came from another site");
        return (StatusCode::FORBIDDEN, "forbidden\n").into_response();
    }
    if !room.allow_connection(peer.ip()) {
        return (StatusCode::TOO_MANY_REQUESTS, "too many connections; wait a minute\n").into_response();
    }
    let code_ok = q.code.as_deref().is_some_and(|c| c.eq_ignore_ascii_case(&room.cfg.code));
    let size = player::clamp(q.cols.unwrap_or(80), q.rows.unwrap_or(24));
    let lang = accept_language(&headers);
    upgrade
        .max_message_size(MAX_MESSAGE)
        .max_frame_size(MAX_MESSAGE)
        // tungstenite keeps a 128 KiB read buffer and batches writes up to 128 KiB for each socket: for 300 phones
        // that is 75 MiB of buffers for messages of at most 4 KB in and a frame of a few KB out. A frame is sent
        // at once anyway (it is flushed), so small buffers cost nothing.
        .read_buffer_size(MAX_MESSAGE)
        .write_buffer_size(0)
        .on_upgrade(move |socket| session(room, socket, code_ok, size, lang))
}

#[derive(Deserialize)]
struct Control {
    resize: Option<(u32, u32)>,
}

async fn session(room: Arc<Room>, mut socket: WebSocket, code_ok: bool, size: (u16, u16), lang: Option<String>) {
    if !code_ok {
        // Refused before a game starts: the page shows the message beside the code field.
        room.log("refused a player: wrong room code");
        let langs: Vec<String> = room.cfg.lang.iter().chain(lang.iter()).cloned().collect();
        let text = Localizer::new(&room.content.locales, &langs).text("room-wrong-code", &Vec::new());
        let msg = serde_json::json!({ "refused": crate::sanitize::sanitize(&text) }).to_string();
        let _ = socket.send(Message::text(msg)).await;
        let _ = socket.send(Message::Close(None)).await;
        return;
    }
    let Ok(mut link) = player::open(room.clone(), true, Some(size), lang) else {
        room.log("could not start a game: no thread");
        let _ = socket.send(Message::Close(None)).await;
        return;
    };
    let mut budget = InputBudget::new(Instant::now());
    let mut ping = tokio::time::interval_at(tokio::time::Instant::now() + PING_EVERY, PING_EVERY);
    loop {
        tokio::select! {
            out = link.from_game.recv() => match out {
                Some(Outbound::Data(d)) => {
                    if socket.send(Message::binary(d)).await.is_err() {
                        break;
                    }
                }
                Some(Outbound::Close) | None => {
                    let _ = socket.send(Message::Close(None)).await;
                    break;
                }
            },
            got = socket.recv() => match got {
                Some(Ok(Message::Binary(b))) => {
                    let n = budget.take(Instant::now(), b.len());
                    if n > 0 {
                        let _ = link.to_game.send(Inbound::Data(b[..n].to_vec()));
                    }
                }
                Some(Ok(Message::Text(t))) => {
                    if budget.take(Instant::now(), CONTROL_COST) < CONTROL_COST {
                        continue;
                    }
                    if let Ok(Control { resize: Some((c, r)) }) = serde_json::from_str::<Control>(t.as_str()) {
                        let (c, r) = player::clamp(c, r);
                        let _ = link.to_game.send(Inbound::Resize(c, r));
                    }
                }
                Some(Ok(Message::Ping(_) | Message::Pong(_))) => {}
                Some(Ok(Message::Close(_))) | Some(Err(_)) | None => break,
            },
            _ = ping.tick() => {
                if socket.send(Message::Ping(Default::default())).await.is_err() {
                    break;
                }
            }
        }
    }
    let _ = link.to_game.send(Inbound::Closed);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn origin_must_be_this_host() {
        let mut h = HeaderMap::new();
        h.insert(header::HOST, HeaderValue::from_static("10.0.0.5:8080"));
        assert!(origin_ok(&h), "no Origin: not a browser");
        h.insert(header::ORIGIN, HeaderValue::from_static("http://10.0.0.5:8080"));
        assert!(origin_ok(&h));
        h.insert(header::ORIGIN, HeaderValue::from_static("http://evil.example"));
        assert!(!origin_ok(&h));
        h.insert(header::ORIGIN, HeaderValue::from_static("null"));
        assert!(!origin_ok(&h));
        h.insert(header::ORIGIN, HeaderValue::from_static("http://10.0.0.5:8080.evil.example"));
        assert!(!origin_ok(&h));
    }

    #[test]
    fn the_report_page_is_for_this_machine_or_the_facilitator_code() {
        let local: std::net::IpAddr = "127.0.0.1".parse().unwrap();
        let lan: std::net::IpAddr = "192.168.1.23".parse().unwrap();
        let mut h = HeaderMap::new();
        h.insert(header::HOST, HeaderValue::from_static("127.0.0.1:8080"));
        assert!(report_allowed(local, &h, None, "FAC123"));
        assert!(report_allowed("::1".parse().unwrap(), &h, None, "FAC123"));
        assert!(!report_allowed(lan, &h, None, "FAC123"), "a player's phone");
        assert!(!report_allowed(lan, &h, Some("ROOM7"), "FAC123"), "the room code is not the facilitator's");
        assert!(!report_allowed(lan, &h, Some("FAC12"), "FAC123"));
        assert!(report_allowed(lan, &h, Some("fac123"), "FAC123"));
        h.insert(header::HOST, HeaderValue::from_static("[::1]:8080"));
        assert!(report_allowed(local, &h, None, "FAC123"));
        h.insert(header::HOST, HeaderValue::from_static("localhost"));
        assert!(report_allowed(local, &h, None, "FAC123"));
        h.insert(header::HOST, HeaderValue::from_static("rebound.example:8080"));
        assert!(!report_allowed(local, &h, None, "FAC123"), "a site whose name points here");
        h.insert(header::HOST, HeaderValue::from_static("127.0.0.1:8080"));
        h.insert("x-forwarded-for", HeaderValue::from_static("192.168.1.23"));
        assert!(!report_allowed(local, &h, None, "FAC123"), "through a proxy on this machine");
        assert!(!same_code("", ""));
    }

    #[test]
    fn html_is_escaped() {
        assert_eq!(escape_html("<a href=\"x\">&'"), "&lt;a href=&quot;x&quot;&gt;&amp;&#39;");
    }

    #[test]
    fn every_embedded_file_is_reachable_and_nothing_else() {
        assert!(WEB.get_file("app.js").is_some());
        assert!(WEB.get_file("vendor/xterm/xterm.js").is_some());
        assert!(WEB.get_file("vendor/xterm/LICENSE").is_some());
        assert!(WEB.get_file("../Cargo.toml").is_none());
    }
}
