"""The check before publishing: personal-data patterns and the forbidden-words list.

``check_texts(pairs)`` turns ``(field name, location, text)`` triples into ``Finding``s.
Phone and ID-card numbers, and words marked 禁止发布, always block publishing (a page of
honourees may name people, never show their numbers). E-mail addresses and the other
forbidden words are warnings: the editor confirms them with “确认无误，仍然发布”.
"""

from dataclasses import dataclass

from .personal_data import find_personal_data


@dataclass(frozen=True)
class Finding:
    field: str | None
    location: str
    what: str
    excerpt: str
    blocking: bool
    advice: str = ""

    def message(self):
        text = f"{self.location}：{self.what}“{self.excerpt}”"
        if self.blocking:
            return f"{text}——不能公开发布，请删除或改为单位电话/邮箱。{self.advice}".strip()
        return f"{text}——请确认可以公开。{self.advice}".strip()


def load_forbidden_words():
    from .wordlist import ForbiddenWord

    return list(ForbiddenWord.objects.all())


def check_texts(triples, words=None):
    words = load_forbidden_words() if words is None else words
    findings = []
    for field, location, text in triples:
        for match in find_personal_data(text):
            findings.append(Finding(field, location, match.label, match.excerpt, match.blocking))
        for word in words:
            if word.word and word.word in text:
                findings.append(
                    Finding(
                        field,
                        location,
                        "违禁词" if word.blocks_publishing else "需核实的用语",
                        word.word,
                        word.blocks_publishing,
                        word.reason,
                    )
                )
    return findings
