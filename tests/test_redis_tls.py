"""`rediss://` end to end: a real TLS-only Redis (mutual TLS) started for this module,
certificates made here. Skips when no `redis-server` with TLS is installed."""

from __future__ import annotations

import datetime
import ipaddress
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from servers import free_port

from piiguard.config import GuardConfig
from piiguard.exceptions import VaultError
from piiguard.pipeline import Guard

pytestmark = pytest.mark.anyio


def _write_pki(folder: Path) -> dict[str, Path]:
    """A CA, a server certificate for 127.0.0.1 and a client certificate, as PEM files."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    now = datetime.datetime.now(datetime.UTC)

    def name(text: str) -> x509.Name:
        return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, text)])

    def cert(
        subject: str,
        key: ec.EllipticCurvePrivateKey,
        issuer: x509.Name,
        signer: ec.EllipticCurvePrivateKey,
        *,
        ca: bool,
    ) -> x509.Certificate:
        builder = (
            x509.CertificateBuilder()
            .subject_name(name(subject))
            .issuer_name(issuer)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(minutes=5))
            .not_valid_after(now + datetime.timedelta(days=1))
            .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
        )
        if not ca:
            builder = builder.add_extension(
                x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                critical=False,
            )
        return builder.sign(signer, hashes.SHA256())

    files: dict[str, Path] = {}
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_cert = cert("piiguard test CA", ca_key, name("piiguard test CA"), ca_key, ca=True)
    files["ca"] = folder / "ca.pem"
    files["ca"].write_bytes(ca_cert.public_bytes(serialization.Encoding.PEM))
    for role in ("server", "client"):
        key = ec.generate_private_key(ec.SECP256R1())
        issued = cert(f"piiguard test {role}", key, ca_cert.subject, ca_key, ca=False)
        files[f"{role}_cert"] = folder / f"{role}.pem"
        files[f"{role}_cert"].write_bytes(issued.public_bytes(serialization.Encoding.PEM))
        files[f"{role}_key"] = folder / f"{role}.key"
        files[f"{role}_key"].write_bytes(
            key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.TraditionalOpenSSL,
                serialization.NoEncryption(),
            )
        )
    return files


@pytest.fixture(scope="module")
def tls_redis(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, dict[str, Path]]]:
    """A TLS-only Redis that requires client certificates; yields its rediss:// URL."""
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.skip("no redis-server installed")
    folder = tmp_path_factory.mktemp("tls-redis")
    pki = _write_pki(folder)
    port = free_port()
    options = {
        "port": "0",
        "tls-port": str(port),
        "tls-cert-file": str(pki["server_cert"]),
        "tls-key-file": str(pki["server_key"]),
        "tls-ca-cert-file": str(pki["ca"]),
        "tls-auth-clients": "yes",
        "save": "",
        "appendonly": "no",
        "dir": str(folder),
    }
    server = subprocess.Popen(
        [binary, *(part for name, value in options.items() for part in (f"--{name}", value))],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    import redis

    url = f"rediss://127.0.0.1:{port}/0"
    deadline = time.monotonic() + 10
    while True:
        if server.poll() is not None:
            output = server.stdout.read().decode() if server.stdout else ""
            pytest.skip(f"redis-server has no TLS here ({output.strip()[-200:]})")
        try:
            client = redis.Redis.from_url(
                url,
                ssl_ca_certs=str(pki["ca"]),
                ssl_certfile=str(pki["client_cert"]),
                ssl_keyfile=str(pki["client_key"]),
                socket_connect_timeout=0.5,
            )
            client.ping()
            client.close()
            break
        except redis.RedisError:
            if time.monotonic() > deadline:
                server.terminate()
                raise
            time.sleep(0.05)
    try:
        yield url, pki
    finally:
        server.terminate()
        server.wait(10)


def _config(url: str, pki: dict[str, Path], **tls: str) -> GuardConfig:
    return GuardConfig(detector="patterns", redis_url=url, secret_key="tls-test-secret", **tls)


async def test_the_vault_works_over_mutual_tls(tls_redis: tuple[str, dict[str, Path]]) -> None:
    url, pki = tls_redis
    guard = Guard(
        _config(
            url,
            pki,
            redis_ssl_ca_certs=str(pki["ca"]),
            redis_ssl_certfile=str(pki["client_cert"]),
            redis_ssl_keyfile=str(pki["client_key"]),
        )
    )
    await guard.start()  # reaches Redis over TLS and checks the vault keys
    placeholders = await guard.vault.assign(
        "s", [("PERSON", "Anna Kowalski")], started_at=time.time()
    )
    assert await guard.vault.mapping("s") == {placeholders[0]: "Anna Kowalski"}
    assert await guard.ready() == {"model": True, "redis": True}
    await guard.aclose()


@pytest.mark.parametrize(
    "tls",
    [
        {},  # no CA: the test CA is not trusted
        {"redis_ssl_ca_certs": "ca"},  # trusted, but no client certificate
    ],
)
async def test_tls_without_the_right_settings_fails_at_start(
    tls_redis: tuple[str, dict[str, Path]], tls: dict[str, str]
) -> None:
    url, pki = tls_redis
    guard = Guard(_config(url, pki, **{k: str(pki[v]) for k, v in tls.items()}))
    with pytest.raises(VaultError, match="vault store unavailable"):
        await guard.start()
    await guard.aclose()
