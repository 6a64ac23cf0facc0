//! Canonical JSON as TUF repositories use it (OLPC canonical JSON, as securesystemslib writes
//! it): a strict parser for metadata from outside and the canonical encoder signatures are
//! computed over.
//!
//! The parser accepts whitespace and every JSON string escape, because python-tuf writes
//! indented, ASCII-escaped files, but refuses anything canonical JSON cannot express or that
//! two parsers could read differently: numbers other than integers, leading zeros, duplicate
//! keys, lone surrogates, raw control characters, nesting deeper than [`MAX_DEPTH`], and data
//! after the value.

use serde::Serialize;
use serde_json::{Map, Number, Value};

use crate::{Error, ErrorKind, Result};

/// Deepest nesting of objects and arrays accepted; TUF metadata needs about six.
pub const MAX_DEPTH: usize = 32;

/// Parses one JSON value, refusing what canonical JSON cannot express.
pub fn parse(bytes: &[u8]) -> Result<Value> {
    let text = std::str::from_utf8(bytes).map_err(|_| malformed("not UTF-8"))?;
    let mut parser = Parser { bytes: text.as_bytes(), position: 0 };
    parser.skip_whitespace();
    let value = parser.value(0)?;
    parser.skip_whitespace();
    if parser.position != parser.bytes.len() {
        return Err(parser.error("data after the JSON value"));
    }
    Ok(value)
}

/// Encodes a value canonically: keys sorted by code point, no whitespace, only `"` and `\`
/// escaped, UTF-8 as is. Floats are refused.
pub fn encode(value: &Value) -> Result<Vec<u8>> {
    let mut out = Vec::new();
    write_value(value, &mut out)?;
    Ok(out)
}

/// Serializes `value` with serde, then encodes it canonically.
pub fn to_canonical<T: Serialize + ?Sized>(value: &T) -> Result<Vec<u8>> {
    let value = serde_json::to_value(value).map_err(|error| malformed(error.to_string()))?;
    encode(&value)
}

fn malformed(message: impl Into<String>) -> Error {
    Error::new(ErrorKind::Malformed, format!("invalid metadata JSON: {}", message.into()))
}

fn write_value(value: &Value, out: &mut Vec<u8>) -> Result<()> {
    match value {
        Value::Null => out.extend_from_slice(b"null"),
        Value::Bool(true) => out.extend_from_slice(b"true"),
        Value::Bool(false) => out.extend_from_slice(b"false"),
        Value::Number(number) => {
            if !(number.is_i64() || number.is_u64()) {
                return Err(malformed(format!("{number} is not an integer")));
            }
            out.extend_from_slice(number.to_string().as_bytes());
        }
        Value::String(text) => write_string(text, out),
        Value::Array(items) => {
            out.push(b'[');
            for (index, item) in items.iter().enumerate() {
                if index > 0 {
                    out.push(b',');
                }
                write_value(item, out)?;
            }
            out.push(b']');
        }
        Value::Object(map) => {
            // `str` orders by UTF-8 bytes, which is code point order, as Python sorts keys.
            let mut entries: Vec<(&String, &Value)> = map.iter().collect();
            entries.sort_by(|a, b| a.0.cmp(b.0));
            out.push(b'{');
            for (index, (key, item)) in entries.into_iter().enumerate() {
                if index > 0 {
                    out.push(b',');
                }
                write_string(key, out);
                out.push(b':');
                write_value(item, out)?;
            }
            out.push(b'}');
        }
    }
    Ok(())
}

fn write_string(text: &str, out: &mut Vec<u8>) {
    out.push(b'"');
    for byte in text.bytes() {
        if byte == b'"' || byte == b'\\' {
            out.push(b'\\');
        }
        out.push(byte);
    }
    out.push(b'"');
}

struct Parser<'a> {
    bytes: &'a [u8],
    position: usize,
}

impl Parser<'_> {
    fn error(&self, message: &str) -> Error {
        malformed(format!("{message} at byte {}", self.position))
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.position).copied()
    }

    fn skip_whitespace(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.position += 1;
        }
    }

    fn expect(&mut self, byte: u8) -> Result<()> {
        if self.peek() == Some(byte) {
            self.position += 1;
            Ok(())
        } else {
            Err(self.error(&format!("expected '{}'", byte as char)))
        }
    }

    fn value(&mut self, depth: usize) -> Result<Value> {
        match self.peek() {
            Some(b'{') => self.object(depth + 1),
            Some(b'[') => self.array(depth + 1),
            Some(b'"') => Ok(Value::String(self.string()?)),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(b't') => self.literal("true", Value::Bool(true)),
            Some(b'f') => self.literal("false", Value::Bool(false)),
            Some(b'n') => self.literal("null", Value::Null),
            Some(_) => Err(self.error("unexpected character")),
            None => Err(self.error("unexpected end")),
        }
    }

    fn literal(&mut self, word: &str, value: Value) -> Result<Value> {
        if self.bytes[self.position..].starts_with(word.as_bytes()) {
            self.position += word.len();
            Ok(value)
        } else {
            Err(self.error("unexpected word"))
        }
    }

    fn object(&mut self, depth: usize) -> Result<Value> {
        if depth > MAX_DEPTH {
            return Err(self.error("nested too deeply"));
        }
        self.expect(b'{')?;
        let mut map = Map::new();
        self.skip_whitespace();
        if self.peek() == Some(b'}') {
            self.position += 1;
            return Ok(Value::Object(map));
        }
        loop {
            self.skip_whitespace();
            if self.peek() != Some(b'"') {
                return Err(self.error("expected a string key"));
            }
            let key_position = self.position;
            let key = self.string()?;
            self.skip_whitespace();
            self.expect(b':')?;
            self.skip_whitespace();
            let item = self.value(depth)?;
            if map.insert(key, item).is_some() {
                return Err(malformed(format!("duplicate key at byte {key_position}")));
            }
            self.skip_whitespace();
            match self.peek() {
                Some(b',') => self.position += 1,
                Some(b'}') => {
                    self.position += 1;
                    return Ok(Value::Object(map));
                }
                _ => return Err(self.error("expected ',' or '}'")),
            }
        }
    }

    fn array(&mut self, depth: usize) -> Result<Value> {
        if depth > MAX_DEPTH {
            return Err(self.error("nested too deeply"));
        }
        self.expect(b'[')?;
        let mut items = Vec::new();
        self.skip_whitespace();
        if self.peek() == Some(b']') {
            self.position += 1;
            return Ok(Value::Array(items));
        }
        loop {
            self.skip_whitespace();
            items.push(self.value(depth)?);
            self.skip_whitespace();
            match self.peek() {
                Some(b',') => self.position += 1,
                Some(b']') => {
                    self.position += 1;
                    return Ok(Value::Array(items));
                }
                _ => return Err(self.error("expected ',' or ']'")),
            }
        }
    }

    fn number(&mut self) -> Result<Value> {
        let start = self.position;
        let negative = self.peek() == Some(b'-');
        if negative {
            self.position += 1;
        }
        let digits_start = self.position;
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.position += 1;
        }
        let digits = &self.bytes[digits_start..self.position];
        if digits.is_empty() {
            return Err(self.error("expected digits"));
        }
        if digits.len() > 1 && digits[0] == b'0' {
            return Err(self.error("leading zero"));
        }
        if matches!(self.peek(), Some(b'.' | b'e' | b'E')) {
            return Err(self.error("only integers are allowed"));
        }
        if negative && digits == b"0" {
            return Err(self.error("negative zero"));
        }
        // The bytes are ASCII digits with an optional sign, so this is valid UTF-8.
        let text = std::str::from_utf8(&self.bytes[start..self.position]).map_err(|_| self.error("invalid number"))?;
        let number = if negative {
            text.parse::<i64>().map(Number::from).ok()
        } else {
            text.parse::<u64>().map(Number::from).ok()
        };
        number.map(Value::Number).ok_or_else(|| self.error("integer out of range"))
    }

    fn string(&mut self) -> Result<String> {
        self.expect(b'"')?;
        let mut out = String::new();
        loop {
            let run_start = self.position;
            while let Some(byte) = self.peek() {
                if byte == b'"' || byte == b'\\' || byte < 0x20 {
                    break;
                }
                self.position += 1;
            }
            // The input was checked to be UTF-8 and runs stop only at ASCII bytes.
            out.push_str(
                std::str::from_utf8(&self.bytes[run_start..self.position]).map_err(|_| self.error("invalid UTF-8"))?,
            );
            match self.peek() {
                Some(b'"') => {
                    self.position += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.position += 1;
                    out.push(self.escape()?);
                }
                Some(_) => return Err(self.error("raw control character in string")),
                None => return Err(self.error("unterminated string")),
            }
        }
    }

    fn escape(&mut self) -> Result<char> {
        let byte = self.peek().ok_or_else(|| self.error("unterminated escape"))?;
        self.position += 1;
        Ok(match byte {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let first = self.hex4()?;
                match first {
                    0xD800..=0xDBFF => {
                        if !self.bytes[self.position..].starts_with(b"\\u") {
                            return Err(self.error("lone surrogate"));
                        }
                        self.position += 2;
                        let second = self.hex4()?;
                        if !(0xDC00..=0xDFFF).contains(&second) {
                            return Err(self.error("lone surrogate"));
                        }
                        let code = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00);
                        char::from_u32(code).ok_or_else(|| self.error("invalid escape"))?
                    }
                    0xDC00..=0xDFFF => return Err(self.error("lone surrogate")),
                    _ => char::from_u32(first).ok_or_else(|| self.error("invalid escape"))?,
                }
            }
            _ => return Err(self.error("invalid escape")),
        })
    }

    fn hex4(&mut self) -> Result<u32> {
        let digits = self.bytes.get(self.position..self.position + 4).ok_or_else(|| self.error("short \\u escape"))?;
        let mut code = 0;
        for &digit in digits {
            let value = (digit as char).to_digit(16).ok_or_else(|| self.error("invalid \\u escape"))?;
            code = code * 16 + value;
        }
        self.position += 4;
        Ok(code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn check_refused(input: &str) {
        let error = parse(input.as_bytes()).expect_err(input);
        assert_eq!(error.kind(), ErrorKind::Malformed, "{input}");
    }

    fn check_canonical(input: &str, expected: &str) {
        let value = parse(input.as_bytes()).expect(input);
        assert_eq!(String::from_utf8(encode(&value).unwrap()).unwrap(), expected);
    }

    #[test]
    fn refuses_what_canonical_json_cannot_express() {
        for input in [
            "1.5",
            "1e3",
            "1E3",
            "-0",
            "01",
            "-01",
            "{\"a\":1,\"a\":2}",
            "\"\\ud800\"",
            "\"\\udc00\"",
            "\"\\ud800\\u0041\"",
            "\"a\u{1}b\"",
            "\"tab\there\"",
            "{} x",
            "{}{}",
            "18446744073709551616",
            "-9223372036854775809",
            "<!DOCTYPE html><html></html>",
            "\u{feff}{}",
            "[1,]",
            "{\"a\":1,}",
            "'a'",
            "\"\\x41\"",
            "",
            "tru",
        ] {
            check_refused(input);
        }
        assert!(parse(b"\"\xff\"").is_err());
    }

    #[test]
    fn refuses_nesting_deeper_than_the_limit() {
        let nested = |depth: usize| "[".repeat(depth) + &"]".repeat(depth);
        assert!(parse(nested(MAX_DEPTH).as_bytes()).is_ok());
        check_refused(&nested(MAX_DEPTH + 1));
        let objects = "{\"a\":".repeat(MAX_DEPTH + 1) + "1" + &"}".repeat(MAX_DEPTH + 1);
        check_refused(&objects);
    }

    #[test]
    fn encodes_canonically() {
        check_canonical(
            "{ \"b\" : [1, -2, true, false, null],\n \"a\": \"x\" }",
            r#"{"a":"x","b":[1,-2,true,false,null]}"#,
        );
        // Only quote and backslash are escaped; control characters and non-ASCII are raw.
        check_canonical(r#""q\"b\\s\/n\nu\u00e9\ud83d\ude00""#, "\"q\\\"b\\\\s/n\nué😀\"");
        // Keys sort by code point, not by UTF-16 unit or locale.
        check_canonical(r#"{"é":1,"z":2,"A":3,"😀":4,"ｚ":5}"#, r#"{"A":3,"z":2,"é":1,"ｚ":5,"😀":4}"#);
        check_canonical("18446744073709551615", "18446744073709551615");
        check_canonical("-9223372036854775808", "-9223372036854775808");
    }

    #[test]
    fn refuses_to_encode_floats() {
        let value = serde_json::json!({ "a": 1.5 });
        assert_eq!(encode(&value).unwrap_err().kind(), ErrorKind::Malformed);
    }

    fn json_value() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<i64>().prop_map(Value::from),
            any::<u64>().prop_map(Value::from),
            any::<String>().prop_map(Value::String),
        ];
        leaf.prop_recursive(4, 64, 8, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
                prop::collection::btree_map(any::<String>(), inner, 0..8)
                    .prop_map(|map| Value::Object(map.into_iter().collect())),
            ]
        })
    }

    proptest! {
        #[test]
        fn encoding_then_parsing_gives_the_same_value(value in json_value()) {
            let encoded = encode(&value).unwrap();
            let parsed = parse(&encoded).unwrap();
            prop_assert_eq!(&parsed, &value);
            prop_assert_eq!(encode(&parsed).unwrap(), encoded);
        }

        #[test]
        fn parsing_arbitrary_bytes_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..256)) {
            let _ = parse(&bytes);
        }

        #[test]
        fn parses_what_serde_json_writes_pretty(value in json_value()) {
            let pretty = serde_json::to_vec_pretty(&value).unwrap();
            prop_assert_eq!(parse(&pretty).unwrap(), value);
        }
    }
}
