//! The studio's server over real HTTP: who may call it, what it refuses, and that what it
//! saves is what the loader reads.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::Path;
use wegwijs_core::model::TranslationState;
use wegwijs_publish::studio::{Started, StudioOptions, serve};

/// Request headers as sent, in order.
type Headers<'a> = &'a [(&'a str, &'a str)];

fn start(folder: &Path) -> Started {
    let (send, receive) = std::sync::mpsc::channel();
    let options = StudioOptions {
        folder: folder.to_path_buf(),
        feed: folder.join("feed"),
        keys: vec![],
        passphrase: None,
        port: 0,
    };
    std::thread::spawn(move || serve(options, |started| send.send(started.clone()).unwrap()));
    receive.recv().unwrap()
}

/// One HTTP/1.1 request with exactly these headers; returns the status and body.
fn request(port: u16, method: &str, path: &str, headers: &[(&str, &str)], body: &str) -> (u16, String) {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    let mut text = format!("{method} {path} HTTP/1.1\r\nConnection: close\r\nContent-Length: {}\r\n", body.len());
    for (name, value) in headers {
        text.push_str(&format!("{name}: {value}\r\n"));
    }
    text.push_str("\r\n");
    text.push_str(body);
    stream.write_all(text.as_bytes()).unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    let status = response[9..12].parse().unwrap();
    (status, response.split_once("\r\n\r\n").map(|(_, b)| b.to_string()).unwrap_or_default())
}

#[test]
fn only_the_token_holder_on_this_host_and_origin_gets_in() {
    let temp = tempfile::tempdir().unwrap();
    let folder = temp.path().join("GM9999");
    std::fs::create_dir(&folder).unwrap();
    let studio = start(&folder);
    let host = format!("127.0.0.1:{}", studio.port);
    let token = studio.token.as_str();
    let cookie = format!("wegwijs_studio={token}");
    let cases: [(Headers, &str, u16); 8] = [
        (&[("Host", &host)], "/api/state", 401),
        (&[("Host", &host), ("x-studio-token", "0000")], "/api/state", 401),
        (&[("Host", "attacker.example"), ("x-studio-token", token)], "/api/state", 421),
        (&[("Host", &host), ("x-studio-token", token), ("Origin", "http://attacker.example")], "/api/state", 403),
        (&[("Host", &host), ("x-studio-token", token)], "/api/state", 200),
        (&[("Host", &host), ("Cookie", &cookie), ("Origin", &format!("http://{host}"))], "/api/state", 200),
        (&[("Host", &host), ("x-studio-token", token)], "/api/items/..%2F..%2Fetc", 400),
        (&[("Host", &host), ("x-studio-token", token)], "/../../Cargo.toml", 404),
    ];
    for (headers, path, status) in cases {
        assert_eq!(request(studio.port, "GET", path, headers, "").0, status, "{path} {headers:?}");
    }
    // The URL's token becomes a same-site cookie.
    let (status, _) = request(studio.port, "GET", &format!("/?token={token}"), &[("Host", &host)], "");
    assert_eq!(status, 303);
}

#[test]
fn a_saved_item_and_an_imported_translation_load_without_errors() {
    let temp = tempfile::tempdir().unwrap();
    let folder = temp.path().join("GM9999");
    std::fs::create_dir(&folder).unwrap();
    let studio = start(&folder);
    let host = format!("127.0.0.1:{}", studio.port);
    let json =
        [("Host", host.as_str()), ("x-studio-token", studio.token.as_str()), ("Content-Type", "application/json")];
    assert_eq!(request(studio.port, "POST", "/api/scope", &json, r#"{"name":"Proefdorp"}"#).0, 204);
    let draft = r#"{"draft":{"id":"gm9999-desk","kind":"service","version":1,"topics":["municipality"],
      "sources":["https://www.government.nl/topics/municipalities"],"verified_on":"2026-12-01","kept":"",
      "service":{"opening_hours":"Mo-Fr 09:00-12:00","languages":["nl","en"]},"texts":{
      "nl":{"title":"Balie van de gemeente","summary":"Aan de balie helpen wij je met je inschrijving.","state":"reference","body":"Kom naar de balie. Neem je paspoort mee."},
      "en":{"title":"Municipality desk","summary":"At the desk we help you with your registration.","state":"reference","body":"Come to the desk. Bring your passport."}}}}"#;
    let (status, body) = request(studio.port, "PUT", "/api/items/gm9999-desk", &json, draft);
    assert_eq!(status, 200, "{body}");
    let (status, xliff) = request(studio.port, "GET", "/api/xliff/pl", &json, "");
    assert_eq!(status, 200);
    let translated = xliff
        .replace("<source>Municipality desk</source>", "<source>x</source><target>Okienko w gminie</target>")
        .replace(
            "<source>At the desk we help you with your registration.</source>",
            "<source>x</source><target>Przy okienku pomożemy Ci w rejestracji.</target>",
        )
        .replace(
            "<source>Come to the desk. Bring your passport.</source>",
            "<source>x</source><target>Przyjdź do okienka. Weź paszport.</target>",
        );
    let (status, body) = request(studio.port, "POST", "/api/xliff?state=automatic", &json, &translated);
    assert_eq!((status, body.contains("studio-error-state")), (400, true), "{body}");
    // The editor says how the translation was made; the text is stored with that state.
    for (query, expected) in [("?state=machine", TranslationState::Machine), ("", TranslationState::Translated)] {
        let (status, body) = request(studio.port, "POST", &format!("/api/xliff{query}"), &json, &translated);
        assert_eq!(status, 200, "{body}");
        let report = wegwijs_publish::sources::load_for_publish(&folder).unwrap();
        let item = report.items.iter().find(|item| item.id == "gm9999-desk").expect("the loader reads the saved item");
        assert_eq!(item.texts[&wegwijs_core::Lang::Pl].title, "Okienko w gminie");
        assert_eq!(item.texts[&wegwijs_core::Lang::Pl].state, expected, "{query}");
    }
    // Exported again, Polish is no longer outdated: the file holds no item.
    let (_, again) = request(studio.port, "GET", "/api/xliff/pl", &json, "");
    assert!(!again.contains("<file"), "{again}");
}
