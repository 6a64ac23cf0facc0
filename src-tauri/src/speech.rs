//! Read aloud with the platform's voices through the `tts` crate: speech-dispatcher on Linux,
//! TextToSpeech on Android, AVSpeechSynthesizer on iOS and macOS, WinRT on Windows.
//!
//! `tts::Tts` may not leave the thread that made it, so one thread owns it, started at the
//! first use (an app that never reads aloud never starts speech-dispatcher). Commands and the
//! engine's callbacks reach it through one channel, in order: the utterance ids that `speak`
//! returns are known before their callbacks are handled. The thread tells the UI which
//! sentence is being read with the `speech` event. What is read and which voice reads it is
//! decided by `wegwijs_core::speech`.

use serde::Serialize;
use std::collections::HashMap;
use std::sync::Mutex;
use std::sync::mpsc::{Sender, channel};
use tauri::{AppHandle, Emitter};
use tts::{Tts, UtteranceId};
use wegwijs_core::speech::VoiceInfo;

/// What the `speech` event says to the UI about sentence `sentence` (its index in the page's
/// script): `begin` when the voice starts it, `end` when it has been read, `done` after the
/// last one, `stopped` when reading was stopped.
#[derive(Debug, Clone, Serialize)]
pub struct SpeechEvent {
    pub sentence: u32,
    pub phase: &'static str,
}

enum Message {
    /// The voices, `None` when the platform does not list them.
    Voices(Sender<Result<Option<Vec<VoiceInfo>>, String>>),
    Speak {
        voice: Option<String>,
        sentences: Vec<String>,
        first: u32,
        reply: Sender<Result<(), String>>,
    },
    Stop(Sender<Result<(), String>>),
    Utterance(UtteranceId, Phase),
}

#[derive(Debug, Clone, Copy)]
enum Phase {
    Begin,
    End,
    Stop,
}

/// The speaking thread, once started.
#[derive(Debug, Default)]
pub struct Speaker(Mutex<Option<Sender<Message>>>);

impl Speaker {
    pub fn voices(&self, app: &AppHandle) -> Result<Option<Vec<VoiceInfo>>, String> {
        self.ask(app, Message::Voices)
    }

    /// Reads `sentences`, numbered from `first` in the events, with `voice` (or the system's).
    pub fn speak(
        &self,
        app: &AppHandle,
        voice: Option<String>,
        sentences: Vec<String>,
        first: u32,
    ) -> Result<(), String> {
        self.ask(app, |reply| Message::Speak { voice, sentences, first, reply })
    }

    pub fn stop(&self, app: &AppHandle) -> Result<(), String> {
        self.ask(app, Message::Stop)
    }

    fn ask<T>(&self, app: &AppHandle, message: impl FnOnce(Sender<Result<T, String>>) -> Message) -> Result<T, String> {
        let (reply, answer) = channel();
        let mut guard = self.0.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        let sender = match guard.as_ref() {
            Some(sender) => sender.clone(),
            None => {
                let sender = start(app.clone())?;
                *guard = Some(sender.clone());
                sender
            }
        };
        drop(guard);
        if sender.send(message(reply)).is_err() {
            // The thread ended (its engine failed to start): the next call tries again.
            *self.0.lock().unwrap_or_else(std::sync::PoisonError::into_inner) = None;
            return Err("the speech engine stopped".into());
        }
        answer.recv().map_err(|_| "the speech engine stopped".to_string())?
    }
}

/// Starts the thread that owns the engine; fails when the platform has none.
fn start(app: AppHandle) -> Result<Sender<Message>, String> {
    let (sender, inbox) = channel::<Message>();
    let (ready, started) = channel::<Result<(), String>>();
    let callbacks = sender.clone();
    std::thread::Builder::new()
        .name("wegwijs-speech".into())
        .spawn(move || {
            let mut tts = match engine(callbacks) {
                Ok(tts) => {
                    let _ = ready.send(Ok(()));
                    tts
                }
                Err(error) => {
                    let _ = ready.send(Err(error));
                    return;
                }
            };
            // Which sentence each queued utterance reads, and the last one of the script.
            let mut reading: HashMap<UtteranceId, u32> = HashMap::new();
            let mut last = 0;
            for message in inbox {
                match message {
                    Message::Voices(reply) => {
                        let _ = reply.send(voices(&tts));
                    }
                    Message::Speak { voice, sentences, first, reply } => {
                        reading.clear();
                        last = first + u32::try_from(sentences.len()).unwrap_or(u32::MAX).saturating_sub(1);
                        let _ = reply.send(speak(&mut tts, voice, &sentences, first, &mut reading));
                    }
                    Message::Stop(reply) => {
                        reading.clear();
                        let _ = reply.send(tts.stop().map(|_| ()).map_err(|e| e.to_string()));
                    }
                    Message::Utterance(id, phase) => {
                        let Some(&sentence) = reading.get(&id) else { continue };
                        let phase = match phase {
                            Phase::Begin => "begin",
                            Phase::End if sentence == last => "done",
                            Phase::End => "end",
                            Phase::Stop => "stopped",
                        };
                        if phase != "begin" {
                            reading.remove(&id);
                        }
                        let _ = app.emit("speech", SpeechEvent { sentence, phase });
                    }
                }
            }
        })
        .map_err(|e| e.to_string())?;
    started.recv().map_err(|e| e.to_string())??;
    Ok(sender)
}

/// The platform's engine, its callbacks sent to the thread's inbox. On Android it finds
/// TextToSpeech through ndk-context, filled in by the activity (android.rs).
fn engine(inbox: Sender<Message>) -> Result<Tts, String> {
    let tts = Tts::default().map_err(|e| e.to_string())?;
    if tts.supported_features().utterance_callbacks {
        for phase in [Phase::Begin, Phase::End, Phase::Stop] {
            let inbox = inbox.clone();
            let callback = Box::new(move |id| {
                let _ = inbox.send(Message::Utterance(id, phase));
            });
            let registered = match phase {
                Phase::Begin => tts.on_utterance_begin(Some(callback)),
                Phase::End => tts.on_utterance_end(Some(callback)),
                Phase::Stop => tts.on_utterance_stop(Some(callback)),
            };
            registered.map_err(|e| e.to_string())?;
        }
    }
    Ok(tts)
}

fn voices(tts: &Tts) -> Result<Option<Vec<VoiceInfo>>, String> {
    if !tts.supported_features().voice {
        return Ok(None);
    }
    let voices = tts.voices().map_err(|e| e.to_string())?;
    Ok(Some(
        voices.into_iter().map(|voice| VoiceInfo { id: voice.id(), language: voice.language().to_string() }).collect(),
    ))
}

fn speak(
    tts: &mut Tts,
    voice: Option<String>,
    sentences: &[String],
    first: u32,
    reading: &mut HashMap<UtteranceId, u32>,
) -> Result<(), String> {
    tts.stop().map_err(|e| e.to_string())?;
    if let Some(id) = voice {
        let chosen = tts.voices().map_err(|e| e.to_string())?.into_iter().find(|voice| voice.id() == id);
        let chosen = chosen.ok_or_else(|| format!("no voice {id:?}"))?;
        tts.set_voice(&chosen).map_err(|e| e.to_string())?;
    }
    for (sentence, text) in (first..).zip(sentences) {
        if let Some(id) = tts.speak(text.as_str(), false).map_err(|e| e.to_string())? {
            reading.insert(id, sentence);
        }
    }
    Ok(())
}
