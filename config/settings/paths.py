"""Where the project lives and where it writes (database file, file cache, media, backups)."""

from pathlib import Path

from .env import env_str

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = Path(env_str("VAR_DIR", str(BASE_DIR / "var")))
VAR_DIR.mkdir(parents=True, exist_ok=True)
