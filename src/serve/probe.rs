//! A scripted SSH participant, with russh's client: for the integration tests and `examples/room-load.rs`. It
//! connects, authenticates with the room code as the user name, asks for a pty and a shell, sends keys and
//! collects what the server draws.

use std::sync::Arc;
use std::time::Duration;

use russh::client::{self, Handle};
use russh::keys::PublicKeyOrCertificate;
use russh::{Channel, ChannelMsg};

pub struct Trusting;

impl client::Handler for Trusting {
    type Error = russh::Error;

    async fn check_server_key(&mut self, _key: &PublicKeyOrCertificate) -> Result<bool, Self::Error> {
        // A probe talks to the server its own test started, on loopback.
        Ok(true)
    }
}

/// What arrived on the channel.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Got {
    Data(Vec<u8>),
    /// The server closed the channel (or the connection).
    Closed,
    /// Nothing within the time asked.
    Nothing,
}

pub struct Probe {
    pub handle: Handle<Trusting>,
    pub channel: Channel<client::Msg>,
}

pub fn config() -> Arc<client::Config> {
    Arc::new(client::Config { inactivity_timeout: Some(Duration::from_secs(120)), nodelay: true, ..Default::default() })
}

/// Connects and authenticates as `user` (the room code), without opening a channel.
pub async fn connect(addr: std::net::SocketAddr, user: &str) -> Result<Handle<Trusting>, russh::Error> {
    let mut handle = client::connect(config(), addr, Trusting).await?;
    let auth = handle.authenticate_none(user).await?;
    if !auth.success() {
        return Err(russh::Error::NotAuthenticated);
    }
    Ok(handle)
}

impl Probe {
    /// Joins a room: a session channel, a pty of `size` (none for plain mode) and a shell.
    pub async fn join(addr: std::net::SocketAddr, user: &str, size: Option<(u32, u32)>) -> Result<Probe, russh::Error> {
        let handle = connect(addr, user).await?;
        let channel = handle.channel_open_session().await?;
        if let Some((cols, rows)) = size {
            channel.request_pty(false, "xterm-256color", cols, rows, 0, 0, &[]).await?;
        }
        channel.request_shell(false).await?;
        Ok(Probe { handle, channel })
    }

    pub async fn send(&self, bytes: &[u8]) -> Result<(), russh::Error> {
        self.channel.data(bytes).await
    }

    pub async fn resize(&self, cols: u32, rows: u32) -> Result<(), russh::Error> {
        self.channel.window_change(cols, rows, 0, 0).await
    }

    /// The next piece of output, waiting at most `wait`.
    pub async fn recv(&mut self, wait: Duration) -> Got {
        loop {
            match tokio::time::timeout(wait, self.channel.wait()).await {
                Err(_) => return Got::Nothing,
                Ok(None) => return Got::Closed,
                Ok(Some(ChannelMsg::Data { data })) => return Got::Data(data.to_vec()),
                Ok(Some(ChannelMsg::Eof | ChannelMsg::Close)) => return Got::Closed,
                Ok(Some(_)) => continue,
            }
        }
    }
}
