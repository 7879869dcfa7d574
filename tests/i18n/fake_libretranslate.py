"""A LibreTranslate-compatible HTTP server on 127.0.0.1 for tests (and later GUI tests).

It answers ``POST /translate`` like LibreTranslate does (parameters in the query string, a form
or a JSON body; ``{"translatedText": ...}`` back). Its "translation" is a word table for de, ja
and ar, so the output really is other text in the target script; a word missing from the table
comes back in angle quotes (U+2039/U+203A). Lines are translated one by one, so packed requests split cleanly.

Modes: ``good``, ``mangle`` (mangles technical tokens and damages placeholders), ``mangle-tolerant``
(mangles technical tokens but returns every placeholder in a shape engines are known to produce:
spaces inside the braces, full-width braces and digits), ``hang`` (never
answers until the server stops), ``rate-limit`` (429 with Retry-After), ``error`` (500),
``garbage`` (200 with an HTML body), ``unauthorized`` (403).
"""

from __future__ import annotations

import json
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

# english | german | japanese | arabic; a cell of - drops the word in that language
_TABLE = """
a | ein | - | -
after | nach | 後 | بعد
an | ein | - | -
and | und | と | و
architecture | Architektur | アーキテクチャ | بنية
asynchronously | asynchron | 非同期に | بشكل غير متزامن
audited | geprüfte | 監査済み | مدققة
before | vorher | 前 | قبل
browser | Browser | ブラウザ | المتصفح
buffers | puffert | バッファする | يخزن مؤقتا
business | Geschäfts | ビジネス | الأعمال
cache | Cache | キャッシュ | ذاكرة التخزين المؤقت
checks | prüft | 確認する | يتحقق
consumes | verarbeitet | 消費する | يستهلك
data | Daten | データ | البيانات
database | Datenbank | データベース | قاعدة البيانات
deletes | löscht | 削除する | يحذف
do | - | - | -
event | Ereignis | イベント | حدث
events | Ereignisse | イベント | الأحداث
fallback | Rückfall | フォールバック | احتياطي
fast | schnelle | 高速 | سريعة
for | für | のため | لـ
fresh | frisch | 新鮮 | حديثة
from | aus | から | من
handles | bearbeitet | 処理する | يعالج
hit | Treffer | ヒット | إصابة
hot | heiße | ホット | ساخنة
how | wie | どのように | كيف
illustrative | anschauliches | 説明用 | توضيحي
in | in | に | في
invalidate | invalidieren | 無効化 | إبطال
invalidation | Invalidierung | 無効化 | الإبطال
it | es | それ | هو
key | Schlüssel | キー | مفتاح
key-value | Schlüssel-Wert | キーバリュー | مفتاح-قيمة
keys | Schlüssel | キー | المفاتيح
lag | Verzögerung | 遅延 | التأخر
later | spätere | 後の | اللاحقة
logic | Logik | ロジック | المنطق
message | Nachrichten | メッセージ | الرسائل
miss | Fehltreffer | ミス | إخفاق
monitoring | Überwachung | 監視 | المراقبة
never | niemals | 決して | أبدا
not | nicht | ない | ليس
of | von | の | من
on | bei | で | عند
only | nur | のみ | فقط
optional | optional | 任意 | اختياري
or | oder | または | أو
path | Pfad | パス | مسار
pattern | Muster | パターン | نمط
persistent | dauerhafte | 永続的な | الدائمة
primary | Primäre | プライマリ | الرئيسية
publish | Veröffentliche | 公開 | نشر
publishes | veröffentlicht | 公開する | ينشر
queue | Warteschlange | キュー | قائمة الانتظار
rate | Rate | 率 | معدل
read | Lese | 読み取り | القراءة
reads | Lesezugriffe | 読み取り | القراءات
record | Datensatz | レコード | السجل
records | Datensätze | レコード | السجلات
reference | Referenz | 参照 | مرجعية
refreshed | aufgefrischtes | 更新された | محدث
refreshes | aktualisiert | 更新する | يحدث
request | Anfrage | リクエスト | طلب
requests | Anfragen | リクエスト | الطلبات
response | Antwort | レスポンス | استجابة
result | Ergebnis | 結果 | النتيجة
returns | liefert | 返す | يعيد
risk | Risiko | リスク | خطر
row | Zeile | 行 | صف
sends | sendet | 送信する | يرسل
serve | ausliefern | 提供する | تقدم
service | Dienst | サービス | خدمة
so | damit | ように | حتى
source | Quelle | ソース | مصدر
stale | veraltete | 古い | قديمة
stays | bleibt | 保つ | يبقى
stores | speichert | 保存する | يخزن
succeeds | gelingt | 成功する | ينجح
the | die | - | -
to | an | へ | إلى
tracks | verfolgt | 追跡する | يتتبع
truth | Wahrheit | 真実 | الحقيقة
update | Aktualisierung | 更新 | تحديث
updates | aktualisiert | 更新する | يحدث
value | Wert | 値 | قيمة
with | mit | で | مع
worker | Worker | ワーカー | العامل
works | funktioniert | 仕組み | يعمل
write | Schreib | 書き込み | الكتابة
write-and-invalidate | Schreib-und-Invalidier | 書き込みと無効化 | الكتابة والإبطال
"""
WORDS: dict[str, tuple[str, str, str]] = {
    cells[0]: (cells[1], cells[2], cells[3])
    for cells in (tuple(cell.strip().strip("-") for cell in row.split("|")) for row in _TABLE.strip().splitlines())
}
COLUMN = {"de": 0, "ja": 1, "ar": 2}
#: what a careless engine does to technical tokens it is shown (and why they must be masked)
MANGLED = {
    "GET": "HOLEN", "PUT": "SETZEN", "SET": "SATZ", "DEL": "ENTF", "SELECT": "AUSWÄHLEN", "UPDATE": "AKTUALISIEREN",
    "HTTPS": "Https", "JSON": "Json", "TTL": "Lebensdauer", "OK": "Okay", "Redis": "Rettich",
}  # fmt: skip
_TOKEN = re.compile(r"\{\d+\}|[^\W\d_]+(?:-[^\W\d_]+)*|\s+|.", re.UNICODE)
_CJK_GAP = re.compile(r"(?<=[\u3040-\u30ff\u4e00-\u9fff]) (?=[\u3040-\u30ff\u4e00-\u9fff])")


_TOLERATED_SHAPES = ("{{ {0} }}", "｛{1}｝", "{{{0}}}")


def _reshape_placeholders(text: str) -> str:
    """Each placeholder back in another shape a real engine produces (``{ 0 }``, full-width braces and digits)."""
    counter = iter(range(1_000_000))

    def _reshape(match: re.Match[str]) -> str:
        number = match.group(1)
        wide = number.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
        return _TOLERATED_SHAPES[next(counter) % len(_TOLERATED_SHAPES)].format(number, wide)

    return re.sub(r"\{(\d+)\}", _reshape, text)


def translate_line(line: str, target: str, *, mangle: bool = False, tolerant: bool = False) -> str:
    column = COLUMN.get(target.split("-", maxsplit=1)[0])
    pieces: list[str] = []
    for token in _TOKEN.findall(line):
        if mangle and token in MANGLED:
            pieces.append(MANGLED[token])
        elif token[:1].isalpha() and column is not None:
            word = WORDS[token.lower()][column] if token.lower() in WORDS else f"‹{token}›"
            pieces.append(word[:1].upper() + word[1:] if token[:1].isupper() else word)
        elif mangle and token.isdigit():
            pieces.append("#" * len(token))
        else:
            pieces.append(token)
    text = re.sub(r" {2,}", " ", "".join(pieces)).strip()
    if mangle and tolerant:
        text = _reshape_placeholders(text)
    elif mangle:
        text = re.sub(r"\{\d+\}", "", text, count=1)  # the engine drops the first placeholder
    return _CJK_GAP.sub("", text) if column == 1 else text


class FakeLibreTranslate:
    """Start with :meth:`start`; ``url`` ends with a slash, as deep-translator's ``custom_url`` wants."""

    def __init__(self, mode: str = "good") -> None:
        self.mode = mode
        self.requests: list[dict[str, str]] = []
        self.retry_after = "7"
        self.fail_after: int | None = None  # answer 500 once this many requests were answered well
        self.hang_after: int | None = None  # hang once this many requests were answered well
        self._release = threading.Event()
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._serve, name="fake-libretranslate", daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}/"

    def _serve(self) -> None:
        self._server.serve_forever(poll_interval=0.02)

    def start(self) -> FakeLibreTranslate:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._release.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def _answer(self, params: dict[str, str]) -> tuple[int, dict[str, str], bytes]:
        with self._lock:
            self.requests.append(params)
        if self.mode == "hang" or (self.hang_after is not None and len(self.requests) > self.hang_after):
            self._release.wait(timeout=30)
            return 503, {}, b""
        if self.mode == "rate-limit":
            body = json.dumps({"error": "Slowdown: 1 per 1 second"}).encode()
            return 429, {"Retry-After": self.retry_after, "Content-Type": "application/json"}, body
        if self.mode == "error" or (self.fail_after is not None and len(self.requests) > self.fail_after):
            return 500, {"Content-Type": "application/json"}, json.dumps({"error": "internal error"}).encode()
        if self.mode == "unauthorized":
            return 403, {"Content-Type": "application/json"}, json.dumps({"error": "Invalid API key"}).encode()
        if self.mode == "garbage":
            return 200, {"Content-Type": "text/html"}, b"<html><body>Service temporarily moved</body></html>"
        target = params.get("target", "")
        lines = params.get("q", "").split("\n")
        mangle = self.mode in ("mangle", "mangle-tolerant")
        tolerant = self.mode == "mangle-tolerant"
        translated = "\n".join(translate_line(line, target, mangle=mangle, tolerant=tolerant) for line in lines)
        return 200, {"Content-Type": "application/json"}, json.dumps({"translatedText": translated}).encode()

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self) -> None:
                parts = urlsplit(self.path)
                if parts.path != "/translate":
                    self._send(404, {"Content-Type": "application/json"}, b'{"error": "Not Found"}')
                    return
                params = {key: values[0] for key, values in parse_qs(parts.query).items()}
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                if raw:
                    params.update(self._body_params(raw))
                self._send(*fake._answer(params))

            def _body_params(self, raw: bytes) -> dict[str, str]:
                if "json" in (self.headers.get("Content-Type") or ""):
                    data: Any = json.loads(raw)
                    return {str(key): str(value) for key, value in data.items()}
                return {key: values[0] for key, values in parse_qs(raw.decode()).items()}

            def _send(self, status: int, headers: dict[str, str], body: bytes) -> None:
                try:
                    self.send_response(status)
                    for name, value in headers.items():
                        self.send_header(name, value)
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (a timeout test): nothing left to tell it

            def log_message(self, format: str, *args: Any) -> None:
                pass

        return Handler
