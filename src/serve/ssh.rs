//! The SSH transport of a room, with russh. A connection gets one session channel with a pty (or none, for plain
//! mode) and a shell that runs the game; everything else a client may ask for (exec, subsystems such as sftp,
//! port forwarding, agent and X11 forwarding, a second channel) is refused. The user name is the room code.

use std::net::SocketAddr;
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use russh::keys::{Algorithm, HashAlg, PrivateKey};
use russh::server::{Auth, Config, Handle, Msg, Session};
use russh::{Channel, ChannelId, ChannelOpenFailure, MethodKind, MethodSet};
use tokio::net::TcpListener;

use super::player::{self, Outbound};
use super::room::{Inbound, Room};

/// How long a connection may take to reach the game (key exchange, the user name, a shell) before it is closed.
pub const HANDSHAKE: Duration = Duration::from_secs(30);

/// The room's host key: made once, kept readable by its owner only, and the same on every start, so players'
/// SSH clients recognise the room next time.
pub fn host_key(path: &Path) -> Result<PrivateKey, String> {
    if path.exists() {
        use std::io::Read;
        // A key is a few hundred bytes; the limit keeps a wrong path (a device, a huge file) from being read whole.
        let mut text = String::new();
        std::fs::File::open(path)
            .and_then(|f| f.take(64 * 1024).read_to_string(&mut text))
            .map_err(|e| format!("{}: {e}", path.display()))?;
        return PrivateKey::from_openssh(&text)
            .map_err(|e| format!("{}: not an OpenSSH private key: {e}", path.display()));
    }
    let key = PrivateKey::random(&mut rand::rng(), Algorithm::Ed25519).map_err(|e| e.to_string())?;
    let text = key.to_openssh(russh::keys::ssh_key::LineEnding::LF).map_err(|e| e.to_string())?;
    crate::store::write_atomic(path, text.as_bytes()).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(key)
}

/// What a player's SSH client shows when it first meets the room (`SHA256:...`).
pub fn fingerprint(key: &PrivateKey) -> String {
    key.public_key().fingerprint(HashAlg::Sha256).to_string()
}

pub fn config(key: PrivateKey, idle: Duration) -> Config {
    let mut methods = MethodSet::empty();
    methods.push(MethodKind::None);
    Config {
        methods,
        keys: vec![key],
        auth_rejection_time: Duration::from_millis(200),
        auth_rejection_time_initial: Some(Duration::ZERO),
        // The game ends an idle player itself, with a goodbye; this only collects connections that went silent.
        inactivity_timeout: Some(idle + Duration::from_secs(120)),
        // A dropped Wi-Fi is noticed within a minute and a half, and the session kept for its player.
        keepalive_interval: Some(Duration::from_secs(30)),
        keepalive_max: 3,
        nodelay: true,
        max_auth_attempts: 3,
        ..Config::default()
    }
}

/// Accepts connections until the room closes. Limits apply before any SSH work: connections per address per
/// minute, and a deadline for the handshake.
pub async fn serve(
    room: Arc<Room>,
    listener: TcpListener,
    config: Arc<Config>,
    mut closing: tokio::sync::watch::Receiver<bool>,
) {
    loop {
        let (socket, peer) = tokio::select! {
            r = listener.accept() => match r {
                Ok(x) => x,
                Err(_) => {
                    // Out of file descriptors or similar: wait a moment rather than spin.
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            _ = closing.changed() => return,
        };
        if !room.allow_connection(peer.ip()) {
            drop(socket);
            continue;
        }
        let room = room.clone();
        let config = config.clone();
        tokio::spawn(async move { connection(room, config, socket, peer).await });
    }
}

async fn connection(room: Arc<Room>, config: Arc<Config>, socket: tokio::net::TcpStream, _peer: SocketAddr) {
    let started = Arc::new(AtomicBool::new(false));
    let handler = Client {
        room,
        started: started.clone(),
        channel: None,
        pty: None,
        lang: None,
        code_ok: false,
        to_game: None,
        budget: super::input::InputBudget::new(std::time::Instant::now()),
    };
    let session = match tokio::time::timeout(HANDSHAKE, russh::server::run_stream(config, socket, handler)).await {
        Ok(Ok(s)) => s,
        _ => return,
    };
    let handle = session.handle();
    let watchdog = tokio::spawn(async move {
        tokio::time::sleep(HANDSHAKE).await;
        if !started.load(Ordering::SeqCst) {
            let _ = handle.disconnect(russh::Disconnect::ByApplication, "too slow to start".into(), "en".into()).await;
        }
    });
    let _ = session.await;
    watchdog.abort();
}

struct Client {
    room: Arc<Room>,
    started: Arc<AtomicBool>,
    channel: Option<ChannelId>,
    pty: Option<(u16, u16)>,
    lang: Option<String>,
    code_ok: bool,
    to_game: Option<std::sync::mpsc::Sender<Inbound>>,
    budget: super::input::InputBudget,
}

impl Client {
    fn ours(&self, channel: ChannelId) -> bool {
        self.channel == Some(channel)
    }
}

impl Drop for Client {
    fn drop(&mut self) {
        if let Some(tx) = &self.to_game {
            let _ = tx.send(Inbound::Closed);
        }
    }
}

/// Sends what the game draws to the channel, in order; closes the channel when the game is done.
fn forward(handle: Handle, channel: ChannelId, mut from_game: tokio::sync::mpsc::Receiver<Outbound>) {
    tokio::spawn(async move {
        while let Some(msg) = from_game.recv().await {
            match msg {
                Outbound::Data(d) => {
                    if handle.data(channel, d).await.is_err() {
                        break;
                    }
                }
                Outbound::Close => break,
            }
        }
        let _ = handle.exit_status_request(channel, 0).await;
        let _ = handle.eof(channel).await;
        let _ = handle.close(channel).await;
    });
}

impl russh::server::Handler for Client {
    type Error = russh::Error;

    async fn auth_none(&mut self, user: &str) -> Result<Auth, Self::Error> {
        // Every name is let in, so that a wrong code gets a kind message in the terminal rather than the SSH
        // client's "Permission denied"; only the right code reaches the game.
        self.code_ok = user.eq_ignore_ascii_case(&self.room.cfg.code);
        Ok(Auth::Accept)
    }

    async fn channel_open_session(
        &mut self,
        channel: Channel<Msg>,
        reply: russh::server::ChannelOpenHandle,
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        if self.channel.is_some() {
            reply.reject(ChannelOpenFailure::AdministrativelyProhibited).await;
            return Ok(());
        }
        self.channel = Some(channel.id());
        reply.accept().await;
        Ok(())
    }

    async fn pty_request(
        &mut self,
        channel: ChannelId,
        _term: &str,
        cols: u32,
        rows: u32,
        _pw: u32,
        _ph: u32,
        _modes: &[(russh::Pty, u32)],
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        if !self.ours(channel) || self.to_game.is_some() {
            return session.channel_failure(channel);
        }
        self.pty = Some(player::clamp(cols, rows));
        session.channel_success(channel)
    }

    async fn env_request(
        &mut self,
        channel: ChannelId,
        name: &str,
        value: &str,
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        // LANG picks the language to start in (OpenSSH sends it by default); nothing else is taken.
        if self.ours(channel) && (name == "LANG" || name == "LC_ALL") && value.len() < 64 {
            let tag = value.split(['.', '@']).next().unwrap_or("").replace('_', "-");
            if !tag.is_empty() && tag != "C" && tag != "POSIX" {
                self.lang = Some(tag);
            }
            return session.channel_success(channel);
        }
        session.channel_failure(channel)
    }

    async fn shell_request(&mut self, channel: ChannelId, session: &mut Session) -> Result<(), Self::Error> {
        if !self.ours(channel) || self.to_game.is_some() {
            return session.channel_failure(channel);
        }
        session.channel_success(channel)?;
        self.started.store(true, Ordering::SeqCst);
        match player::open(self.room.clone(), self.code_ok, self.pty, self.lang.clone()) {
            Ok(link) => {
                forward(session.handle(), channel, link.from_game);
                self.to_game = Some(link.to_game);
            }
            Err(_) => {
                self.room.log("could not start a game: no thread");
                session.close(channel)?;
            }
        }
        Ok(())
    }

    async fn exec_request(
        &mut self,
        channel: ChannelId,
        _data: &[u8],
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        self.room.log("refused an exec request");
        session.channel_failure(channel)?;
        session.close(channel)
    }

    async fn subsystem_request(
        &mut self,
        channel: ChannelId,
        _name: &str,
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        self.room.log("refused a subsystem request");
        session.channel_failure(channel)?;
        session.close(channel)
    }

    async fn x11_request(
        &mut self,
        channel: ChannelId,
        _single: bool,
        _proto: &str,
        _cookie: &str,
        _screen: u32,
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        session.channel_failure(channel)
    }

    async fn agent_request(&mut self, _channel: ChannelId, _session: &mut Session) -> Result<bool, Self::Error> {
        Ok(false)
    }

    async fn tcpip_forward(
        &mut self,
        _address: &str,
        _port: &mut u32,
        _session: &mut Session,
    ) -> Result<bool, Self::Error> {
        self.room.log("refused a port forwarding request");
        Ok(false)
    }

    async fn streamlocal_forward(&mut self, _path: &str, _session: &mut Session) -> Result<bool, Self::Error> {
        Ok(false)
    }

    async fn channel_open_direct_tcpip(
        &mut self,
        _channel: Channel<Msg>,
        _host: &str,
        _port: u32,
        _from: &str,
        _from_port: u32,
        reply: russh::server::ChannelOpenHandle,
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        self.room.log("refused a port forwarding request");
        reply.reject(ChannelOpenFailure::AdministrativelyProhibited).await;
        Ok(())
    }

    async fn channel_open_direct_streamlocal(
        &mut self,
        _channel: Channel<Msg>,
        _path: &str,
        reply: russh::server::ChannelOpenHandle,
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        reply.reject(ChannelOpenFailure::AdministrativelyProhibited).await;
        Ok(())
    }

    async fn channel_open_x11(
        &mut self,
        _channel: Channel<Msg>,
        _addr: &str,
        _port: u32,
        reply: russh::server::ChannelOpenHandle,
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        reply.reject(ChannelOpenFailure::AdministrativelyProhibited).await;
        Ok(())
    }

    async fn data(&mut self, channel: ChannelId, data: &[u8], _session: &mut Session) -> Result<(), Self::Error> {
        if self.ours(channel)
            && let Some(tx) = &self.to_game
        {
            let n = self.budget.take(std::time::Instant::now(), data.len());
            if n > 0 {
                let _ = tx.send(Inbound::Data(data[..n].to_vec()));
            }
        }
        Ok(())
    }

    async fn window_change_request(
        &mut self,
        channel: ChannelId,
        cols: u32,
        rows: u32,
        _pw: u32,
        _ph: u32,
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        if self.ours(channel) {
            let (c, r) = player::clamp(cols, rows);
            self.pty = Some((c, r));
            if let Some(tx) = &self.to_game {
                let _ = tx.send(Inbound::Resize(c, r));
            }
        }
        Ok(())
    }

    async fn channel_eof(&mut self, channel: ChannelId, _session: &mut Session) -> Result<(), Self::Error> {
        if self.ours(channel)
            && let Some(tx) = &self.to_game
        {
            let _ = tx.send(Inbound::Closed);
        }
        Ok(())
    }

    async fn channel_close(&mut self, channel: ChannelId, _session: &mut Session) -> Result<(), Self::Error> {
        if self.ours(channel)
            && let Some(tx) = &self.to_game
        {
            let _ = tx.send(Inbound::Closed);
        }
        Ok(())
    }
}
