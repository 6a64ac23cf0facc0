//! The studio's server over real HTTP: who may call it, what it refuses, and that what it
//! saves is what the loader reads.

#[path = "support/pdf_qr.rs"]
mod pdf_qr;

use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::Path;
use wegwijs_core::model::TranslationState;
use wegwijs_publish::studio::{Started, StudioOptions, serve};

/// Request headers as sent, in order.
type Headers<'a> = &'a [(&'a str, &'a str)];

fn start(folder: &Path) -> Started {
    start_with_keys(folder, &folder.join("feed"), vec![])
}

/// The studio on `folder`, its feed in `feed`, signing with the keys in `keys`.
fn start_with_keys(folder: &Path, feed: &Path, keys: Vec<std::path::PathBuf>) -> Started {
    let (send, receive) = std::sync::mpsc::channel();
    let options =
        StudioOptions { folder: folder.to_path_buf(), feed: feed.to_path_buf(), keys, passphrase: None, port: 0 };
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
    // The overview names each language still missing by its file (regression: it showed
    // ten times ": Translation missing." without saying which).
    let (status, overview) = request(studio.port, "GET", "/api/overview", &json, "");
    assert_eq!(status, 200, "{overview}");
    let rows: serde_json::Value = serde_json::from_str(&overview).unwrap();
    let missing: Vec<&str> = rows[0]["attention"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|attention| attention["code"] == "studio-attention-missing-language")
        .map(|attention| attention["field"].as_str().unwrap())
        .collect();
    assert_eq!(missing, ["bg.md", "cs.md", "es.md", "hr.md", "hu.md", "lt.md", "lv.md", "ro.md", "sk.md", "sr.md"]);
}

/// A calendar with a weekly evening in Amsterdam time (TZID) and a one-off given in UTC, its
/// dates from next week on so the import's "coming months" always hold them.
fn municipal_calendar(title: &str, first: chrono::NaiveDate, weeks: u32) -> String {
    let day = |d: chrono::NaiveDate| d.format("%Y%m%d").to_string();
    let one_off = first + chrono::Duration::days(10);
    [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Gemeente Proefdorp//Agenda//NL",
        "BEGIN:VEVENT",
        "UID:taalcafe-2026@proefdorp.nl",
        &format!("SUMMARY:{title}"),
        "DESCRIPTION:Oefen Nederlands met andere mensen.\\n\\nIedereen is welkom.",
        "LOCATION:Bibliotheek Proefdorp",
        &format!("DTSTART;TZID=Europe/Amsterdam:{}T190000", day(first)),
        &format!("DTEND;TZID=Europe/Amsterdam:{}T203000", day(first)),
        &format!("RRULE:FREQ=WEEKLY;COUNT={weeks}"),
        "END:VEVENT",
        "BEGIN:VEVENT",
        "UID:open-dag@proefdorp.nl",
        "SUMMARY:Open dag gemeentehuis",
        &format!("DTSTART:{}T090000Z", day(one_off)),
        "DURATION:PT3H",
        "END:VEVENT",
        "END:VCALENDAR",
        "",
    ]
    .join("\r\n")
}

#[test]
fn a_calendar_becomes_event_items_in_amsterdam_time_and_a_second_import_updates_them() {
    use chrono::TimeZone;
    let temp = tempfile::tempdir().unwrap();
    let folder = temp.path().join("GM9999");
    std::fs::create_dir(&folder).unwrap();
    let studio = start(&folder);
    let host = format!("127.0.0.1:{}", studio.port);
    let headers = [("Host", host.as_str()), ("x-studio-token", studio.token.as_str())];
    let json = [headers[0], headers[1], ("Content-Type", "application/json")];
    assert_eq!(request(studio.port, "POST", "/api/scope", &json, r#"{"name":"Proefdorp"}"#).0, 204);
    let first = chrono::Utc::now().date_naive() + chrono::Duration::days(7);
    let ics = municipal_calendar("Taalcafé", first, 3);

    for (path, body, code) in [
        ("/api/ics", "not a calendar".to_string(), "studio-ics-not-ics"),
        ("/api/ics?lang=pl", ics.clone(), "studio-ics-language"),
    ] {
        let (status, answer) = request(studio.port, "POST", path, &headers, &body);
        assert_eq!((status, answer.contains(code)), (400, true), "{path}: {answer}");
    }

    let (status, body) = request(studio.port, "POST", "/api/ics?lang=nl", &headers, &ics);
    assert_eq!(status, 200, "{body}");
    let done: serde_json::Value = serde_json::from_str(&body).unwrap();
    let created: Vec<String> =
        done["created"].as_array().unwrap().iter().map(|id| id.as_str().unwrap().to_string()).collect();
    assert_eq!(created.len(), 4, "three weekly evenings and the open day: {body}");

    // Each item holds its occurrence in Amsterdam's local time, whatever the calendar gave.
    let local_open_day = chrono::Utc
        .from_utc_datetime(&(first + chrono::Duration::days(10)).and_hms_opt(9, 0, 0).unwrap())
        .with_timezone(&chrono_tz::Europe::Amsterdam)
        .naive_local();
    let mut expected: Vec<(String, String, String)> = (0..3)
        .map(|week| {
            let day = first + chrono::Duration::weeks(week);
            (format!("{day}T19:00"), format!("{day}T20:30"), "Taalcafé".to_string())
        })
        .collect();
    expected.push((
        local_open_day.format("%Y-%m-%dT%H:%M").to_string(),
        (local_open_day + chrono::Duration::hours(3)).format("%Y-%m-%dT%H:%M").to_string(),
        "Open dag gemeentehuis".to_string(),
    ));
    let items = |ids: &[String]| -> Vec<(String, String, String)> {
        let mut found: Vec<_> = ids
            .iter()
            .map(|id| {
                let (status, body) = request(studio.port, "GET", &format!("/api/items/{id}"), &headers, "");
                assert_eq!(status, 200, "{id}: {body}");
                let item: serde_json::Value = serde_json::from_str(&body).unwrap();
                let draft = &item["draft"];
                assert_eq!(draft["kind"], "event");
                assert!(id.starts_with("gm9999-ics-"), "{id}");
                let text = |field: &str| draft["event"][field].as_str().unwrap().to_string();
                (text("starts"), text("ends"), draft["texts"]["nl"]["title"].as_str().unwrap().to_string())
            })
            .collect();
        found.sort();
        found
    };
    expected.sort();
    assert_eq!(items(&created), expected);

    // The loader reads what was written; what it misses is what the editor writes next: the
    // English text of each, and the Dutch text of the open day, which had no description.
    let kind = wegwijs_publish::sources::FolderKind::of(&folder).unwrap();
    let report = wegwijs_core::source::load(&wegwijs_publish::sources::tree_of(&folder, &kind).unwrap());
    let errors: Vec<String> = report.errors().map(ToString::to_string).collect();
    let (english, other): (Vec<&String>, Vec<&String>) =
        errors.iter().partition(|e| e.ends_with("missing reference language: en.md"));
    assert_eq!(english.len(), 4, "{errors:?}");
    assert_eq!(other.len(), 1, "{errors:?}");
    assert!(other[0].ends_with("/nl.md: error: the body is empty"), "{errors:?}");

    // The calendar renamed the evening: the same four items are updated, none added.
    let renamed = municipal_calendar("Taalcafé Proefdorp", first, 3);
    let (status, body) = request(studio.port, "POST", "/api/ics?lang=nl", &headers, &renamed);
    assert_eq!(status, 200, "{body}");
    let again: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(again["created"].as_array().unwrap().len(), 0, "{body}");
    assert_eq!(again["updated"].as_array().unwrap().len(), 3, "{body}");
    assert_eq!(again["unchanged"], 1, "{body}");
    let titles: Vec<String> = items(&created).into_iter().map(|(_, _, title)| title).collect();
    assert_eq!(titles.iter().filter(|t| *t == "Taalcafé Proefdorp").count(), 3, "{titles:?}");
    let folders = std::fs::read_dir(&folder).unwrap().filter(|e| e.as_ref().unwrap().path().is_dir()).count();
    assert_eq!(folders, 4, "no duplicates");

    // The series now ends a week earlier: the last evening's item goes, the rest stay.
    let shorter = municipal_calendar("Taalcafé Proefdorp", first, 2);
    let (status, body) = request(studio.port, "POST", "/api/ics?lang=nl", &headers, &shorter);
    assert_eq!(status, 200, "{body}");
    let third: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!((third["created"].as_array().unwrap().len(), third["unchanged"].as_u64()), (0, Some(3)), "{body}");
    let removed = third["removed"].as_array().unwrap();
    assert_eq!(removed.len(), 1, "{body}");
    let last = (first + chrono::Duration::weeks(2)).format("%Y%m%d1900").to_string();
    assert!(removed[0].as_str().unwrap().ends_with(&last), "{body}");
    let folders = std::fs::read_dir(&folder).unwrap().filter(|e| e.as_ref().unwrap().path().is_dir()).count();
    assert_eq!(folders, 3);
    // Undo brings it back.
    let (status, body) = request(studio.port, "POST", "/api/undo", &headers, "");
    assert_eq!(status, 200, "{body}");
    let folders = std::fs::read_dir(&folder).unwrap().filter(|e| e.as_ref().unwrap().path().is_dir()).count();
    assert_eq!(folders, 4);
}

/// One HTTP/1.1 GET; returns the status, the headers and the body as bytes.
fn get_bytes(port: u16, path: &str, headers: Headers) -> (u16, String, Vec<u8>) {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    let mut text = format!("GET {path} HTTP/1.1\r\nConnection: close\r\n");
    for (name, value) in headers {
        text.push_str(&format!("{name}: {value}\r\n"));
    }
    text.push_str("\r\n");
    stream.write_all(text.as_bytes()).unwrap();
    let mut response = Vec::new();
    stream.read_to_end(&mut response).unwrap();
    let split = response.windows(4).position(|w| w == b"\r\n\r\n").unwrap();
    let head = String::from_utf8_lossy(&response[..split]).into_owned();
    (head[9..12].parse().unwrap(), head, response[split + 4..].to_vec())
}

#[test]
fn the_desk_poster_after_a_publish_scans_as_the_municipality_s_start_link() {
    let temp = tempfile::tempdir().unwrap();
    let folder = temp.path().join("GM9999");
    std::fs::create_dir(&folder).unwrap();
    // The national editor's part: a feed, and GM9999 delegated to its own key.
    let keys = temp.path().join("keys");
    let ring = wegwijs_publish::feed::KeyRing::new(&keys);
    for name in ["root", "targets", "snapshot", "timestamp", "GM9999"] {
        ring.generate(name).unwrap();
    }
    let now = chrono::Utc::now();
    let mut feed = wegwijs_publish::feed::Feed::init(&temp.path().join("feed"), &ring, 1, now).unwrap();
    let public = std::fs::read_to_string(keys.join("GM9999.pub")).unwrap();
    feed.delegate(&ring, "GM9999", public.trim(), now).unwrap();

    let studio = start_with_keys(&folder, &temp.path().join("feed"), vec![keys]);
    let host = format!("127.0.0.1:{}", studio.port);
    let headers = [("Host", host.as_str()), ("x-studio-token", studio.token.as_str())];
    let json = [headers[0], headers[1], ("Content-Type", "application/json")];
    assert_eq!(request(studio.port, "POST", "/api/scope", &json, r#"{"name":"Proefdorp"}"#).0, 204);
    for (path, code) in
        [("/api/poster?lang=pl", "studio-poster-not-published"), ("/api/poster?lang=xx", "studio-error-lang")]
    {
        let (status, body) = request(studio.port, "GET", path, &headers, "");
        assert_eq!((status, body.contains(code)), (400, true), "{path}: {body}");
    }
    let draft = r#"{"draft":{"id":"gm9999-desk","kind":"service","version":1,"topics":["municipality"],
      "sources":["https://www.government.nl/topics/municipalities"],"verified_on":"2026-12-01","kept":"",
      "service":{"opening_hours":"Mo-Fr 09:00-12:00","languages":["nl","en"]},"texts":{
      "nl":{"title":"Balie van de gemeente","summary":"Aan de balie helpen wij je met je inschrijving.","state":"reference","body":"Kom naar de balie. Neem je paspoort mee."},
      "en":{"title":"Municipality desk","summary":"At the desk we help you with your registration.","state":"reference","body":"Come to the desk. Bring your passport."}}}}"#;
    let (status, body) = request(studio.port, "PUT", "/api/items/gm9999-desk", &json, draft);
    assert_eq!(status, 200, "{body}");
    let (status, body) = request(studio.port, "POST", "/api/publish", &headers, "");
    assert_eq!(status, 200, "{body}");

    let (status, head, pdf) = get_bytes(studio.port, "/api/poster?lang=pl", &headers);
    assert_eq!(status, 200, "{head}");
    assert!(head.to_ascii_lowercase().contains("content-type: application/pdf"), "{head}");
    assert!(head.contains("gm9999-poster-pl.pdf"), "{head}");
    assert_eq!(pdf_qr::decode_qr(&pdf), ["wegwijs://onboard?v=1&gm=GM9999"]);
}

/// Every file under `dir` with its size: what a refused publish must leave as it was.
fn files_under(dir: &Path) -> Vec<(std::path::PathBuf, u64)> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap().map(Result::unwrap) {
        if entry.file_type().unwrap().is_dir() {
            files.extend(files_under(&entry.path()));
        } else {
            files.push((entry.path(), entry.metadata().unwrap().len()));
        }
    }
    files.sort();
    files
}

#[test]
fn a_new_municipality_makes_an_encrypted_key_and_publishes_with_its_passphrase() {
    let temp = tempfile::tempdir().unwrap();
    let folder = temp.path().join("GM9999");
    std::fs::create_dir(&folder).unwrap();
    // The national editor's keys and feed; the municipality's key folder starts empty.
    let national = temp.path().join("national-keys");
    let national_ring = wegwijs_publish::feed::KeyRing::new(&national);
    for name in ["root", "targets", "snapshot", "timestamp"] {
        national_ring.generate(name).unwrap();
    }
    let now = chrono::Utc::now();
    let feed_dir = temp.path().join("feed");
    let mut feed = wegwijs_publish::feed::Feed::init(&feed_dir, &national_ring, 1, now).unwrap();
    let own = temp.path().join("keys");
    let studio = start_with_keys(&folder, &feed_dir, vec![own.clone(), national.clone()]);
    let host = format!("127.0.0.1:{}", studio.port);
    let headers = [("Host", host.as_str()), ("x-studio-token", studio.token.as_str())];
    let json = [headers[0], headers[1], ("Content-Type", "application/json")];
    assert_eq!(request(studio.port, "POST", "/api/scope", &json, r#"{"name":"Proefdorp"}"#).0, 204);
    let key_state = || request(studio.port, "GET", "/api/key", &headers, "").1;
    assert!(key_state().contains(r#""state":"missing""#), "{}", key_state());
    assert_eq!(request(studio.port, "GET", "/api/key/public", &headers, "").0, 404);

    let refusals = [
        (r#"{"passphrase":"short","repeated":"short"}"#, "studio-key-passphrase-short"),
        (r#"{"passphrase":"eleven char","repeated":"eleven char"}"#, "studio-key-passphrase-short"),
        (r#"{"passphrase":"twelve chars!","repeated":"twelve chars?"}"#, "studio-key-passphrase-mismatch"),
    ];
    for (body, code) in refusals {
        let (status, answer) = request(studio.port, "POST", "/api/key", &json, body);
        assert_eq!((status, answer.contains(code)), (400, true), "{body}: {answer}");
        assert!(!own.join("GM9999.key").exists(), "{body}");
    }
    let passphrase = "dorpsplein en kerktoren";
    let new_key = format!(r#"{{"passphrase":"{passphrase}","repeated":"{passphrase}"}}"#);
    let (status, answer) = request(studio.port, "POST", "/api/key", &json, &new_key);
    assert_eq!(status, 200, "{answer}");
    assert_eq!(request(studio.port, "POST", "/api/key", &json, &new_key).0, 409, "keys are never overwritten");
    // The key file is an age file, not a clear key, and the passphrase opens it.
    let file = std::fs::read(own.join("GM9999.key")).unwrap();
    assert!(file.starts_with(b"age-encryption.org/v1\n"));
    assert!(wegwijs_trust::SigningKey::from_seed_hex(&String::from_utf8_lossy(&file)).is_err());
    let opened = wegwijs_publish::feed::KeyRing::new(&own).with_passphrase(passphrase).signer("GM9999").unwrap();
    assert!(answer.contains(&opened.key_id()), "{answer}");
    assert!(key_state().contains(r#""state":"encrypted""#) && key_state().contains(r#""public":true"#));

    // The public key file goes to the national editor, who delegates the municipality to it.
    let (status, head, public) = get_bytes(studio.port, "/api/key/public", &headers);
    assert_eq!(status, 200, "{head}");
    assert!(head.contains("GM9999.pub"), "{head}");
    let public = String::from_utf8(public).unwrap();
    assert_eq!(wegwijs_publish::feed::parse_public_key(&public).unwrap(), opened.public_key());
    feed.delegate(&national_ring, "GM9999", public.trim(), now).unwrap();

    let draft = r#"{"draft":{"id":"gm9999-desk","kind":"service","version":1,"topics":["municipality"],
      "sources":["https://www.government.nl/topics/municipalities"],"verified_on":"2026-12-01","kept":"",
      "service":{"opening_hours":"Mo-Fr 09:00-12:00","languages":["nl","en"]},"texts":{
      "nl":{"title":"Balie van de gemeente","summary":"Aan de balie helpen wij je met je inschrijving.","state":"reference","body":"Kom naar de balie. Neem je paspoort mee."},
      "en":{"title":"Municipality desk","summary":"At the desk we help you with your registration.","state":"reference","body":"Come to the desk. Bring your passport."}}}}"#;
    assert_eq!(request(studio.port, "PUT", "/api/items/gm9999-desk", &json, draft).0, 200);
    // Without the passphrase, or with another, nothing is signed or written.
    let before = files_under(&feed_dir);
    for (body, code) in [
        ("", "studio-key-passphrase-needed"),
        (r#"{"passphrase":""}"#, "studio-key-passphrase-needed"),
        (r#"{"passphrase":"dorpsplein en kerkt0ren"}"#, "studio-key-passphrase-wrong"),
    ] {
        let (status, answer) = request(studio.port, "POST", "/api/publish", &json, body);
        assert_eq!((status, answer.contains(code)), (400, true), "{body}: {answer}");
        assert!(!answer.contains("kerkt"), "the passphrase is never sent back: {answer}");
        assert_eq!(files_under(&feed_dir), before, "{body}");
    }
    let (status, answer) =
        request(studio.port, "POST", "/api/publish", &json, &format!(r#"{{"passphrase":"{passphrase}"}}"#));
    assert_eq!(status, 200, "{answer}");
    let (_, history) = request(studio.port, "GET", "/api/history", &headers, "");
    assert!(history.contains(&opened.key_id()), "signed with the new key: {history}");
}

#[test]
fn languages_spoken_geo_appointment_and_related_items_save_and_load_back() {
    let temp = tempfile::tempdir().unwrap();
    let folder = temp.path().join("GM9999");
    std::fs::create_dir(&folder).unwrap();
    let studio = start(&folder);
    let host = format!("127.0.0.1:{}", studio.port);
    let json =
        [("Host", host.as_str()), ("x-studio-token", studio.token.as_str()), ("Content-Type", "application/json")];
    assert_eq!(request(studio.port, "POST", "/api/scope", &json, r#"{"name":"Proefdorp"}"#).0, 204);
    let save = |id: &str, service: &str, related: &str| {
        let draft = format!(
            r#"{{"draft":{{"id":"{id}","kind":"service","version":1,"topics":["municipality"],
            "sources":["https://www.government.nl/topics/municipalities"],"verified_on":"2026-12-01","kept":"",
            "related":{related},"service":{service},"texts":{{
            "nl":{{"title":"Balie van de gemeente","summary":"Aan de balie helpen wij je met je inschrijving.","state":"reference","body":"Kom naar de balie."}},
            "en":{{"title":"Municipality desk","summary":"At the desk we help you with your registration.","state":"reference","body":"Come to the desk."}}}}}}}}"#
        );
        request(studio.port, "PUT", &format!("/api/items/{id}"), &json, &draft)
    };
    let (status, body) = save("gm9999-library", r#"{"languages":["nl"]}"#, "[]");
    assert_eq!(status, 200, "{body}");
    let (status, body) = save(
        "gm9999-desk",
        r#"{"geo":[51.4793,5.657],"languages":["nl","pl","ar"],"appointment":true}"#,
        r#"["gm9999-library","rni-registration"]"#,
    );
    // A language the app does not ship is one the loader refuses; the form shows its error.
    assert_eq!(status, 200, "{body}");
    assert!(body.contains(r#""severity":"error""#), "the loader's check shows on the item: {body}");
    let (status, body) = save(
        "gm9999-desk",
        r#"{"geo":[51.4793,5.657],"languages":["nl","pl","ro"],"appointment":false}"#,
        r#"["gm9999-library","rni-registration"]"#,
    );
    assert_eq!(status, 200, "{body}");
    assert!(!body.contains(r#""severity":"error""#), "{body}");
    let report = wegwijs_publish::sources::load_for_publish(&folder).unwrap();
    let desk = report.items.iter().find(|item| item.id == "gm9999-desk").expect("the loader reads the saved item");
    assert_eq!(desk.related, ["gm9999-library", "rni-registration"]);
    let wegwijs_core::model::Details::Service(service) = &desk.details else { panic!("{:?}", desk.details) };
    assert_eq!(service.geo, Some([51.4793, 5.657]));
    use wegwijs_core::Lang;
    assert_eq!(service.languages, [Lang::Nl, Lang::Pl, Lang::Ro]);
    assert_eq!(service.appointment, Some(false));
    // The loader's related-item check: an id that is nowhere is an error on the item's form.
    let (status, body) = save("gm9999-desk", r#"{"languages":[]}"#, r#"["gm9999-nowhere"]"#);
    assert_eq!(status, 200, "{body}");
    assert!(body.contains("gm9999-nowhere") && body.contains(r#""severity":"error""#), "{body}");
    // Cleared in the form, the fields leave item.toml.
    let (status, body) = save("gm9999-desk", r#"{"languages":[]}"#, "[]");
    assert_eq!(status, 200, "{body}");
    let toml = std::fs::read_to_string(folder.join("gm9999-desk/item.toml")).unwrap();
    for gone in ["geo", "languages", "appointment", "related"] {
        assert!(!toml.contains(gone), "{gone}: {toml}");
    }
}
