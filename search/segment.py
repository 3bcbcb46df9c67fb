"""Turning text into search tokens, the same way for indexed text and for queries.

Index text becomes two streams of space-separated tokens, which SQLite's FTS5 ``unicode61``
tokenizer and PostgreSQL's ``simple`` configuration both split on the spaces and store
unchanged (apart from lower case):

1. **words**: jieba's search-mode segmentation of each run of Chinese (``cut_for_search``,
   so the sub-words of a long word are tokens too: 西城区 → 西城 城区 西城区), plus the
   Latin words, lower-cased, accents removed and stemmed with Snowball (libraries → librari);
2. **bigrams**: every pair of adjacent Chinese characters, in order, and the last character
   of each run (西城区 → 西城 城区 区), so that any substring is found whatever the
   segmenter made of the text: two characters are one token, a longer string a phrase of
   bigrams, a single character a prefix (阅读 inside 全民阅读推广活动, a name jieba does
   not know).

Queries are segmented with jieba's precise mode and compiled by the backends into: every
query word must match (as a word **or** as a substring), the exact run of the whole query
counts extra. Only letters, digits and Chinese characters survive, so nothing a reader
types can become FTS or tsquery syntax.
"""

import logging
import re
import threading
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import snowballstemmer

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ebef"
CJK_RUN = re.compile(f"[{_CJK}]+")
# Runs of letters and digits (no underscore), split further into Chinese and other runs.
ALNUM_RUN = re.compile(r"[^\W_]+")
SPLIT_RUN = re.compile(f"[{_CJK}]+|[^{_CJK}]+")
IS_CJK = re.compile(f"[{_CJK}]")

# Queries longer than this are cut (after normalisation) before segmentation.
MAX_QUERY_CHARS = 100
# At most this many terms of one query reach the database.
MAX_QUERY_TERMS = 12

ENGLISH_STOP_WORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "by",
        "for",
        "from",
        "has",
        "have",
        "in",
        "is",
        "it",
        "its",
        "of",
        "on",
        "or",
        "that",
        "the",
        "this",
        "to",
        "was",
        "were",
        "will",
        "with",
    ]
)

_stemmer_local = threading.local()
_lock = threading.Lock()
_tokenizer = None

logger = logging.getLogger(__name__)

# Words of this site that jieba's general dictionary splits or does not know. Names from the
# database (reading spaces, brands, book titles, streets) are added by search.dictionary.
SITE_WORDS = [
    "书香西城",
    "全民阅读",
    "书香家庭",
    "书香个人",
    "书香单位",
    "书香驿站",
    "亲子阅读",
    "阅读推广",
    "阅读推广人",
    "阅读空间",
    "特色阅读空间",
    "阅读品牌",
    "阅读活动",
    "好书推荐",
    "推荐书单",
    "社区书屋",
    "特色书店",
    "街道图书馆",
    "公共图书馆",
    "自助借还机",
    "光荣榜",
    "适老化",
    "无障碍",
    "数字阅读",
    "阅读季",
    "北京阅读季",
    "西城区",
    "西城区图书馆",
    "西城区第一图书馆",
    "西城区第二图书馆",
    "首都图书馆",
    "国家图书馆",
    "老舍",
    "老舍纪念馆",
    "骆驼祥子",
    "四世同堂",
    "茶馆",
]


def _stemmer():
    stemmer = getattr(_stemmer_local, "stemmer", None)
    if stemmer is None:  # Snowball stemmers keep state: one per thread.
        stemmer = _stemmer_local.stemmer = snowballstemmer.stemmer("english")
    return stemmer


def tokenizer():
    """The jieba tokenizer, initialised once per process (thread-safe), quietly."""
    global _tokenizer
    if _tokenizer is not None:
        return _tokenizer
    with _lock:
        if _tokenizer is None:
            import jieba

            jieba.setLogLevel(logging.WARNING)
            tok = jieba.Tokenizer()
            tok.tmp_dir = str(_cache_dir())
            tok.initialize()
            for word in SITE_WORDS:
                tok.add_word(word, freq=None)
            _tokenizer = tok
    return _tokenizer


def _cache_dir():
    """jieba caches its parsed dictionary (a few MB) here so later starts take ~0.3 s."""
    from django.conf import settings

    path = Path(getattr(settings, "VAR_DIR", "/tmp")) / "cache" / "jieba"
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError:
        import tempfile

        path = Path(tempfile.gettempdir())
    return path


def add_words(words):
    """Teach the segmenter names (spaces, brands, books); returns how many were new."""
    tok = tokenizer()
    added = 0
    for word in words:
        word = normalise(word).strip()
        if 2 <= len(word) <= 20 and CJK_RUN.fullmatch(word) and not tok.FREQ.get(word):
            tok.add_word(word)
            added += 1
    return added


def normalise(text):
    """NFKC (full-width → half-width), lower case, accents removed."""
    text = unicodedata.normalize("NFKC", text or "").lower()
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize(
        "NFC", "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    )


def _runs(text):
    """(is_chinese, run) pairs for the letter/digit runs of normalised text."""
    for match in ALNUM_RUN.finditer(text):
        for part in SPLIT_RUN.findall(match.group()):
            yield bool(IS_CJK.match(part)), part


def stem(word):
    if not word.isascii() or word.isdigit() or len(word) < 3:
        return word
    return _stemmer().stemWord(word)


def index_text(text, *, stemming=True):
    """The token string stored in the index for ``text``."""
    text = normalise(text)
    if not text.strip():
        return ""
    tok = tokenizer()
    words, grams = [], []
    for chinese, run in _runs(text):
        if chinese:
            words.extend(w for w in tok.cut_for_search(run) if len(w) > 1)
            grams.extend(bigrams(run))
            grams.append(run[-1])
        else:
            words.append(stem(run) if stemming else run)
    return " ".join(words + grams)


def bigrams(text):
    return [text[i : i + 2] for i in range(len(text) - 1)]


@dataclass
class Term:
    """One word of a query: Chinese (matched as a word or a phrase of characters) or not."""

    text: str
    chinese: bool
    prefix: bool = False


@dataclass
class ParsedQuery:
    terms: list = field(default_factory=list)  # Term, for matching
    runs: list = field(default_factory=list)  # the whole Chinese runs, ranked extra
    truncated: bool = False

    @property
    def highlight_terms(self):
        """Chinese words and runs, and Latin stems, longest first, to mark in snippets."""
        words = {t.text for t in self.terms} | set(self.runs)
        return sorted(words, key=len, reverse=True)

    def __bool__(self):
        return bool(self.terms)


def parse_query(raw, *, stemming=True, autocomplete=False):
    """Split a reader's query into terms. Anything but letters, digits and Chinese is dropped."""
    text = normalise(raw)
    truncated = len(text) > MAX_QUERY_CHARS
    text = text[:MAX_QUERY_CHARS]
    tok = tokenizer()
    terms, runs = [], []
    for chinese, run in _runs(text):
        if chinese:
            words = [w for w in tok.cut(run) if w.strip()]
            if len(words) > 1:
                runs.append(run)
            terms.extend(Term(w, True) for w in words)
        else:
            terms.append(Term(stem(run) if stemming else run, False))
    # Drop English stop words unless nothing else is left ("the" alone still searches).
    meaningful = [t for t in terms if t.chinese or t.text not in ENGLISH_STOP_WORDS or autocomplete]
    terms = meaningful or terms
    # Dedupe, keep order, cap.
    seen, unique = set(), []
    for term in terms:
        if term.text not in seen:
            seen.add(term.text)
            unique.append(term)
    terms = unique[:MAX_QUERY_TERMS]
    if autocomplete and terms and not terms[-1].chinese:
        terms[-1].prefix = True
    return ParsedQuery(terms=terms, runs=runs[:3] if terms else [], truncated=truncated)
