//! The blob store: where uploaded files live.
//!
//! Uploads are first *staged*: streamed chunk by chunk into a temporary file beside the
//! store, hashed (SHA-256) and counted as they arrive, and cut off as soon as they pass
//! the size limit — nothing holds a whole file in memory. Only a staged file whose type
//! was accepted is then moved into the store under a key the server generates (random,
//! never derived from the request). Reading goes through [`Blobs::open`], and only
//! handlers that have asked the access policy call it: no URL maps onto the store.
//!
//! [`BlobStore`] is the seam for another backend: the local directory is the embedded
//! default; an S3-compatible object store implements the same four operations (`put`
//! becomes a multipart upload of the staged file, `open` a ranged GET, `local_path`
//! returns `None` so that text extraction copies the object to a temporary file first).

use sha2::{Digest, Sha256};
use std::fmt;
use std::future::Future;
use std::io;
use std::path::{Path, PathBuf};
use std::pin::Pin;
use std::sync::Arc;
use tokio::io::{AsyncRead, AsyncWriteExt};

pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;
pub type Reader = Pin<Box<dyn AsyncRead + Send>>;

/// A place to keep blobs by key.
pub trait BlobStore: Send + Sync + fmt::Debug {
    /// Moves a complete staged file into the store under `key`.
    fn put<'a>(&'a self, key: &'a str, staged: &'a Path) -> BoxFuture<'a, io::Result<()>>;
    /// Opens a blob for reading from byte `offset` on (a resumed download), with the
    /// blob's whole length.
    fn open<'a>(&'a self, key: &'a str, offset: u64) -> BoxFuture<'a, io::Result<(Reader, u64)>>;
    fn delete<'a>(&'a self, key: &'a str) -> BoxFuture<'a, io::Result<()>>;
    /// A path to read the blob from directly, when the store is a local directory.
    fn local_path(&self, key: &str) -> Option<PathBuf>;
}

/// The embedded default: files under a directory, two levels of fan-out by key prefix.
#[derive(Debug)]
pub struct LocalDir {
    root: PathBuf,
}

impl LocalDir {
    fn path(&self, key: &str) -> PathBuf {
        self.root.join(&key[0..2]).join(&key[2..4]).join(key)
    }
}

impl BlobStore for LocalDir {
    fn put<'a>(&'a self, key: &'a str, staged: &'a Path) -> BoxFuture<'a, io::Result<()>> {
        Box::pin(async move {
            let to = self.path(key);
            if let Some(dir) = to.parent() {
                tokio::fs::create_dir_all(dir).await?;
            }
            // Staging is on the same file system: a rename, atomic and instant.
            tokio::fs::rename(staged, &to).await
        })
    }

    fn open<'a>(&'a self, key: &'a str, offset: u64) -> BoxFuture<'a, io::Result<(Reader, u64)>> {
        Box::pin(async move {
            use tokio::io::AsyncSeekExt;
            let mut f = tokio::fs::File::open(self.path(key)).await?;
            let len = f.metadata().await?.len();
            if offset > 0 {
                f.seek(io::SeekFrom::Start(offset.min(len))).await?;
            }
            Ok((Box::pin(f) as Reader, len))
        })
    }

    fn delete<'a>(&'a self, key: &'a str) -> BoxFuture<'a, io::Result<()>> {
        Box::pin(async move {
            match tokio::fs::remove_file(self.path(key)).await {
                Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
                other => other,
            }
        })
    }

    fn local_path(&self, key: &str) -> Option<PathBuf> {
        Some(self.path(key))
    }
}

/// The store plus its staging area.
#[derive(Clone, Debug)]
pub struct Blobs {
    store: Arc<dyn BlobStore>,
    staging: PathBuf,
}

/// A key the server made up: 128 random bits in hex.
pub fn new_key() -> String {
    use rand::RngCore;
    let mut b = [0u8; 16];
    rand::rngs::OsRng.fill_bytes(&mut b);
    hex::encode(b)
}

/// Whether `key` has the shape of a key this module generates (defence in depth: keys
/// come from the database, never from a request).
pub fn is_key(key: &str) -> bool {
    key.len() == 32 && key.bytes().all(|b| b.is_ascii_hexdigit())
}

#[derive(Debug, thiserror::Error)]
pub enum StageError {
    #[error("the file is larger than the limit")]
    TooLarge,
    #[error(transparent)]
    Io(#[from] io::Error),
}

/// An upload being written to the staging area.
pub struct Stager {
    file: tokio::fs::File,
    staged: Staged,
    hasher: Sha256,
    limit: u64,
}

impl Stager {
    pub async fn write(&mut self, chunk: &[u8]) -> Result<(), StageError> {
        self.staged.size += chunk.len() as u64;
        if self.staged.size > self.limit {
            return Err(StageError::TooLarge);
        }
        self.hasher.update(chunk);
        self.file.write_all(chunk).await?;
        Ok(())
    }

    pub async fn finish(mut self) -> io::Result<Staged> {
        self.file.flush().await?;
        self.file.sync_all().await?;
        let mut staged = std::mem::take(&mut self.staged);
        staged.sha256 = hex::encode(self.hasher.finalize_reset());
        Ok(staged)
    }
}

/// A complete upload in the staging area; removed when dropped unless stored.
#[derive(Default, Debug)]
pub struct Staged {
    pub path: PathBuf,
    pub size: u64,
    pub sha256: String,
}

impl Drop for Staged {
    fn drop(&mut self) {
        if !self.path.as_os_str().is_empty() {
            let _ = std::fs::remove_file(&self.path);
        }
    }
}

impl Blobs {
    /// The local-directory store under `dir` (staging in `dir/staging`).
    pub fn local(dir: impl Into<PathBuf>) -> io::Result<Blobs> {
        let root: PathBuf = dir.into();
        let staging = root.join("staging");
        std::fs::create_dir_all(&staging)?;
        Ok(Blobs {
            store: Arc::new(LocalDir { root }),
            staging,
        })
    }

    /// Any other store, staging uploads in `staging`.
    pub fn new(store: Arc<dyn BlobStore>, staging: PathBuf) -> io::Result<Blobs> {
        std::fs::create_dir_all(&staging)?;
        Ok(Blobs { store, staging })
    }

    /// Starts staging an upload of at most `limit` bytes.
    pub async fn stage(&self, limit: u64) -> io::Result<Stager> {
        let path = self.staging.join(format!("{}.part", new_key()));
        let file = tokio::fs::File::create(&path).await?;
        Ok(Stager {
            file,
            staged: Staged {
                path,
                size: 0,
                sha256: String::new(),
            },
            hasher: Sha256::new(),
            limit,
        })
    }

    /// Stages bytes already in memory (demo data, tests).
    pub async fn stage_bytes(&self, bytes: &[u8]) -> io::Result<Staged> {
        let mut s = self.stage(u64::MAX).await?;
        s.write(bytes).await.map_err(|e| match e {
            StageError::Io(e) => e,
            StageError::TooLarge => io::Error::other("too large"),
        })?;
        s.finish().await
    }

    /// Stages bytes from blocking code (demo data generated on worker threads). Not synced
    /// to disk one by one: demo data is regenerated, not recovered.
    pub fn stage_bytes_blocking(&self, bytes: &[u8]) -> io::Result<Staged> {
        use std::io::Write;
        let path = self.staging.join(format!("{}.part", new_key()));
        let staged = Staged {
            path,
            size: bytes.len() as u64,
            sha256: hex::encode(Sha256::digest(bytes)),
        };
        let mut f = std::fs::File::create(&staged.path)?;
        f.write_all(bytes)?;
        Ok(staged)
    }

    /// Moves a staged upload into the store; returns its new key.
    pub async fn store(&self, mut staged: Staged) -> io::Result<String> {
        let key = new_key();
        self.store.put(&key, &staged.path).await?;
        staged.path = PathBuf::new();
        Ok(key)
    }

    /// Opens a blob from byte `offset` on; returns the reader and the whole length.
    pub async fn open(&self, key: &str, offset: u64) -> io::Result<(Reader, u64)> {
        if !is_key(key) {
            return Err(io::Error::new(io::ErrorKind::NotFound, "no such blob"));
        }
        self.store.open(key, offset).await
    }

    pub async fn delete(&self, key: &str) -> io::Result<()> {
        if !is_key(key) {
            return Ok(());
        }
        self.store.delete(key).await
    }

    /// A local file holding the blob: the blob itself on a local store, otherwise a
    /// temporary copy (removed when the returned value is dropped).
    pub async fn local_file(&self, key: &str) -> io::Result<LocalFile> {
        if !is_key(key) {
            return Err(io::Error::new(io::ErrorKind::NotFound, "no such blob"));
        }
        if let Some(p) = self.store.local_path(key) {
            return Ok(LocalFile {
                path: p,
                temporary: None,
            });
        }
        let (mut reader, _) = self.store.open(key, 0).await?;
        let path = self.staging.join(format!("{}.copy", new_key()));
        let mut f = tokio::fs::File::create(&path).await?;
        tokio::io::copy(&mut reader, &mut f).await?;
        f.flush().await?;
        Ok(LocalFile {
            path: path.clone(),
            temporary: Some(Staged {
                path,
                size: 0,
                sha256: String::new(),
            }),
        })
    }

    /// Removes what uploads interrupted mid-way (a crash, a killed node) left in staging
    /// longer than `age` ago; returns how many files.
    pub fn clean_staging(&self, age: std::time::Duration) -> io::Result<usize> {
        let mut removed = 0;
        for entry in std::fs::read_dir(&self.staging)? {
            let entry = entry?;
            let old = entry
                .metadata()
                .and_then(|m| m.modified())
                .map(|t| t.elapsed().unwrap_or_default() > age)
                .unwrap_or(false);
            if old && std::fs::remove_file(entry.path()).is_ok() {
                removed += 1;
            }
        }
        Ok(removed)
    }
}

pub struct LocalFile {
    pub path: PathBuf,
    #[allow(dead_code)]
    temporary: Option<Staged>,
}
