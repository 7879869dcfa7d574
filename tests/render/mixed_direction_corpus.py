"""Mixed-direction labels as real Arabic, Hebrew and Persian diagrams carry them.

Each case: the label, the base direction its paragraph must get (first strong letter), and the
left-to-right tokens that must be drawn whole, in their own order, with their punctuation. A
trailing sentence mark of a right-to-left sentence must end up at its left end (``ends_left``).
"""

from __future__ import annotations

from typing import NamedTuple


class Case(NamedTuple):
    text: str
    rtl: bool
    tokens: tuple[str, ...]
    ends_left: str = ""


CASES: tuple[Case, ...] = (
    # Arabic sentences with embedded technical tokens
    Case("أرسل الطلب إلى /api/v2/items?id=42&lang=ar الآن", True, ("/api/v2/items?id=42&lang=ar",)),
    Case("أضف الترويسة Authorization: Bearer <token> إلى الطلب.", True, ("Authorization: Bearer <token>",), "."),
    Case("يقرأ العامل الملف /var/lib/redis/dump.rdb كل ساعة", True, ("/var/lib/redis/dump.rdb",)),
    Case('الاستجابة {"status": "ok", "count": 3} من الخادم', True, ('{"status": "ok", "count": 3}',)),
    Case("المهلة 300 ms لكل طلب", True, ("300 ms",)),
    Case("اضبط timeout=30s في الإعدادات.", True, ("timeout=30s",), "."),
    Case("استدع GET /users/{id}?fields=name,email للحصول على المستخدم", True, ("GET /users/{id}?fields=name,email",)),
    Case(
        "أعد التوجيه إلى https://auth.example.com/authorize?response_type=code&client_id=app",
        True,
        ("https://auth.example.com/authorize?response_type=code&client_id=app",),
    ),
    Case(
        "شغّل kubectl apply -f deploy.yaml --dry-run=client قبل النشر",
        True,
        ("kubectl apply -f deploy.yaml --dry-run=client",),
    ),
    Case("يتصل التطبيق بـ 10.0.0.12:5432 عبر TLS 1.3", True, ("10.0.0.12:5432", "TLS 1.3")),
    Case("الخطأ HTTP/2 503 Service Unavailable؛ أعد المحاولة", True, ("HTTP/2 503 Service Unavailable",)),
    Case("استخدم SETEX cache:key:42 300 لتخزين القيمة", True, ("SETEX cache:key:42 300",)),
    Case("النطاق 192.168.0.0/16 محجوز للشبكة الداخلية", True, ("192.168.0.0/16",)),
    Case("المعرف 550e8400-e29b-41d4-a716-446655440000 فريد", True, ("550e8400-e29b-41d4-a716-446655440000",)),
    Case("أرسل code_verifier مع الطلب؟", True, ("code_verifier",), "؟"),
    Case("يستخدم الموقّع RS256 و ES256 فقط", True, ("RS256", "ES256")),
    Case("الحجم الأقصى 16 MB لكل رسالة", True, ("16 MB",)),
    Case("الموضوع orders.created في Kafka", True, ("orders.created", "Kafka")),
    Case("نفّذ SELECT * FROM users WHERE id = 42; ثم أغلق الاتصال", True, ("SELECT * FROM users WHERE id = 42;",)),
    Case("المسار <placeholder> يستبدل عند النشر", True, ("<placeholder>",)),
    Case("أرسل (client_id, redirect_uri) مع الطلب", True, ("(client_id, redirect_uri)",)),
    Case("الإصدار v2.1.0 متاح، حدّث الآن", True, ("v2.1.0",)),
    # Hebrew sentences
    Case("שלח GET /orders?status=open&page=2 לשרת", True, ("GET /orders?status=open&page=2",)),
    Case("הוסף את הכותרת Authorization: Bearer <token>.", True, ("Authorization: Bearer <token>",), "."),
    Case("הקובץ config/app.yaml נטען בהפעלה", True, ("config/app.yaml",)),
    Case("הגדר retries=5 ו-backoff=2s", True, ("retries=5", "backoff=2s")),
    Case("הנתיב /var/log/nginx/access.log מתמלא מהר", True, ("/var/log/nginx/access.log",)),
    Case('התשובה {"id": 7} מוחזרת מיד', True, ('{"id": 7}',)),
    Case("הפורט :8080 פתוח רק לשירות הפנימי", True, (":8080",)),
    Case("הזמן 250 ms בממוצע", True, ("250 ms",)),
    Case("השתמש ב-OAuth 2.0 עם PKCE!", True, ("OAuth 2.0", "PKCE"), "!"),
    Case("הרץ make test --jobs 2 לפני המיזוג", True, ("make test --jobs 2",)),
    # Persian
    Case(
        "درخواست POST /token?grant_type=authorization_code ارسال می‌شود",
        True,
        ("POST /token?grant_type=authorization_code",),
    ),
    Case("فایل docker-compose.yml را ویرایش کنید.", True, ("docker-compose.yml",), "."),
    # labels that stay English inside an RTL diagram: left to right as a whole
    Case("GET /items?id=42&lang=ar", False, ("GET /items?id=42&lang=ar",)),
    Case("Authorization: Bearer <token>", False, ("Authorization: Bearer <token>",)),
    Case('{"grant_type": "authorization_code"}', False, ('{"grant_type": "authorization_code"}',)),
    Case("/api/v1/", False, ("/api/v1/",)),
    Case("?redirect_uri=https://app.example/cb", False, ("?redirect_uri=https://app.example/cb",)),
    Case("key=value;", False, ("key=value;",)),
    Case("<token>", False, ("<token>",)),
    Case("Cache-Control: no-store, max-age=0", False, ("Cache-Control: no-store, max-age=0",)),
    Case('SET user:42 {"name": "Ada"}', False, ('SET user:42 {"name": "Ada"}',)),
    # English first, Arabic after: the first strong letter makes it left to right
    Case("GET /item/42 قراءة", False, ("GET /item/42",)),
    Case("Redis ذاكرة مؤقتة", False, ("Redis",)),
)
