<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <location filename="../editor/app/dialogs.py" line="+255"/>
        <source>Technical infographics that live in many languages: boxes and arrows on a hand-drawn canvas, every label translatable, exported as PNG or SVG.</source>
        <translation>رسوم معلوماتية تقنية بلغات عديدة: مربعات وأسهم على لوحة رسم يدوية الطابع، وكل تسمية قابلة للترجمة، مع التصدير بصيغة PNG أو SVG.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Icons from qtawesome; handwriting font Caveat (SIL Open Font License).</source>
        <translation>الأيقونات من qtawesome؛ خط الكتابة اليدوية Caveat (رخصة SIL Open Font License).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version %1</source>
        <translation>الإصدار %1</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../editor/actions/file_edit_actions.py" line="+10"/>
        <source>&amp;New</source>
        <translation>&amp;جديد</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New from Te&amp;mplate…</source>
        <translation>جديد من &amp;قالب…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Open…</source>
        <translation>&amp;فتح…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save &amp;As…</source>
        <translation>حفظ &amp;باسم…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Export PNG or SVG…</source>
        <translation>&amp;تصدير بصيغة PNG أو SVG…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Se&amp;ttings…</source>
        <translation>الإ&amp;عدادات…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Quit</source>
        <translation>إ&amp;نهاء</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cu&amp;t</source>
        <translation>&amp;قص</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Copy</source>
        <translation>&amp;نسخ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Paste</source>
        <translation>&amp;لصق</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dup&amp;licate</source>
        <translation>تك&amp;رار</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Select &amp;All</source>
        <translation>تحديد ال&amp;كل</translation>
    </message>
    <message>
        <location filename="../editor/actions/view_arrange_actions.py" line="+19"/>
        <source>Zoom &amp;In</source>
        <translation>ت&amp;كبير</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Zoom &amp;Out</source>
        <translation>ت&amp;صغير</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Fit to Content</source>
        <translation>ملاءمة ال&amp;محتوى</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Actual Size (&amp;100%)</source>
        <translation>الحجم الفعلي (&amp;100%)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show &amp;Grid</source>
        <translation>إظهار ال&amp;شبكة</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Snap to Grid and Elements</source>
        <translation>&amp;التقاط إلى الشبكة والعناصر</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Whiteboard Theme</source>
        <translation>سمة ال&amp;سبورة البيضاء</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Clean Theme</source>
        <translation>السمة ال&amp;بسيطة</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Align &amp;Left</source>
        <translation>محاذاة إلى الي&amp;سار</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Align &amp;Centre</source>
        <translation>توسيط أ&amp;فقي</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Align &amp;Right</source>
        <translation>محاذاة إلى الي&amp;مين</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Align &amp;Top</source>
        <translation>محاذاة إلى الأ&amp;على</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Align &amp;Middle</source>
        <translation>توسيط عمو&amp;دي</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Align &amp;Bottom</source>
        <translation>محاذاة إلى الأسف&amp;ل</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Distribute &amp;Horizontally</source>
        <translation>&amp;توزيع أفقي</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Distribute &amp;Vertically</source>
        <translation>توز&amp;يع عمودي</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bring to &amp;Front</source>
        <translation>إحضار إلى الم&amp;قدمة</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Send to Bac&amp;k</source>
        <translation>إرسال إلى ال&amp;خلف</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Auto Layout</source>
        <translation>تخ&amp;طيط تلقائي</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lay the selection, or the whole diagram, out in layers</source>
        <translation>ترتيب التحديد أو المخطط بأكمله في طبقات</translation>
    </message>
    <message>
        <location filename="../editor/actions/language_help_actions.py" line="+10"/>
        <source>&amp;Translate Diagram…</source>
        <translation>&amp;ترجمة المخطط…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Translate every label into other languages, as one undo step</source>
        <translation>ترجمة كل تسمية إلى لغات أخرى، كخطوة تراجع واحدة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Languages &amp;Panel</source>
        <translation>جزء ال&amp;لغات</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Missing, stale and too long translations, per language</source>
        <translation>الترجمات الناقصة والقديمة والطويلة جدًا، لكل لغة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fit Text: &amp;Shrink</source>
        <translation>ملاءمة النص: ت&amp;صغير</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shrink text that does not fit: the selected elements, or the whole diagram when none is selected</source>
        <translation>تصغير النص الذي لا يتسع: في العناصر المحددة، أو في المخطط كله إذا لم يُحدَّد شيء</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fit Text: &amp;Grow Boxes</source>
        <translation>ملاءمة النص: تكبير المر&amp;بعات</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Grow boxes until their text fits: the selected ones, or the whole diagram when none is selected</source>
        <translation>تكبير المربعات حتى يتسع نصها: المحددة منها، أو المخطط كله إذا لم يُحدَّد شيء</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>اختصارات لوحة ال&amp;مفاتيح</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;About Diagram Editor</source>
        <translation>&amp;حول Diagram Editor</translation>
    </message>
    <message>
        <location filename="../editor/actions/specs.py" line="+121"/>
        <source>&amp;File</source>
        <extracomment>Menu title (translatable, context &quot;Actions&quot;) -&gt; action ids, submenus and ``None`` separators.</extracomment>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>&amp;Insert</source>
        <extracomment>The shortcuts the table spells out, e.g. Duplicate&apos;s &quot;Ctrl+D&quot;. Keys of Sun and multimedia keyboards that Qt adds to standard keys (F14 is Undo, F20 Cut...): they stay bound, but a list for people shows only keys a common keyboard has. A submenu the app fills at run time (recent files, content languages). The canvas menu&apos;s Insert submenu: the Insert menu&apos;s entries under its title. Runs of entries that stand both in the menu bar and in the canvas&apos;s right-click menu. The canvas tools (Insert menu and the tools bar): a press on the canvas makes what they say.</extracomment>
        <translation>إ&amp;دراج</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>&amp;Arrange</source>
        <translation>ت&amp;رتيب</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Language</source>
        <translation>الل&amp;غة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location filename="../editor/actions/insert_actions.py" line="+30"/>
        <source>&amp;Box</source>
        <translation>مر&amp;بع</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a box in the middle of the view and edit its name</source>
        <translation>إضافة مربع في منتصف العرض وتعديل اسمه</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Title</source>
        <translation>&amp;عنوان</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Heading</source>
        <translation>عنوان &amp;فرعي</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Caption Text</source>
        <translation>&amp;تسمية توضيحية</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>C&amp;allout</source>
        <translation>فقاعة تع&amp;ليق</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Note</source>
        <translation>&amp;ملاحظة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Legend</source>
        <translation>مفتاح ال&amp;رموز</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Frame</source>
        <translation>إ&amp;طار</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a titled frame behind everything, to group elements</source>
        <translation>إضافة إطار بعنوان خلف كل العناصر لتجميعها</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Edit Text</source>
        <extracomment>Edit menu: text and legend entries of the selected element.</extracomment>
        <translation>تعديل الن&amp;ص</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add Legend E&amp;ntry</source>
        <translation>إ&amp;ضافة بند إلى مفتاح الرموز</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add an entry below the clicked one (or at the end) and edit it</source>
        <translation>إضافة بند أسفل البند المنقور (أو في النهاية) وتعديله</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remo&amp;ve Legend Entry</source>
        <translation>إ&amp;زالة بند من مفتاح الرموز</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove the clicked entry (or the last one)</source>
        <translation>إزالة البند المنقور (أو البند الأخير)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Straight Arrows</source>
        <extracomment>Arrange menu: how the selected arrows run.</extracomment>
        <translation>&amp;أسهم مستقيمة</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Orthogonal Arrows</source>
        <translation>أس&amp;هم متعامدة</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>C&amp;urved Arrows</source>
        <translation>أسهم من&amp;حنية</translation>
    </message>
    <message>
        <location filename="../editor/app/action_builder.py" line="+106"/>
        <source>%1 failed: %2</source>
        <extracomment>Where ``canvas_only`` shortcuts listen (the window itself when there is no canvas).</extracomment>
        <translation>فشل %1: %2</translation>
    </message>
    <message>
        <location filename="../editor/actions/tool_actions.py" line="+38"/>
        <source>&amp;Select Tool</source>
        <translation>&amp;أداة التحديد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select, move and resize elements</source>
        <translation>تحديد العناصر ونقلها وتغيير حجمها</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bo&amp;x Tool</source>
        <translation>أ&amp;داة المربع</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Click or drag on the canvas to add a box</source>
        <translation>انقر أو اسحب على لوحة الرسم لإضافة مربع</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Elli&amp;pse Tool</source>
        <translation>أداة ال&amp;قطع الناقص</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Click or drag on the canvas to add an ellipse</source>
        <translation>انقر أو اسحب على لوحة الرسم لإضافة قطع ناقص</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Diamond Tool</source>
        <translation>أداة المعيّ&amp;ن</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Click or drag on the canvas to add a diamond</source>
        <translation>انقر أو اسحب على لوحة الرسم لإضافة معيّن</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A&amp;rrow Tool</source>
        <translation>أداة ال&amp;سهم</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drag from a box or the canvas to another: ends on a box bind to it, others stay free</source>
        <translation>اسحب من مربع أو من لوحة الرسم إلى آخر: الأطراف الواقعة على مربع ترتبط به، والأخرى تبقى حرة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>T&amp;ext Tool</source>
        <translation>أداة الن&amp;ص</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Click on the canvas to add a text</source>
        <translation>انقر على لوحة الرسم لإضافة نص</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fra&amp;me Tool</source>
        <translation>أد&amp;اة الإطار</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Click or drag on the canvas to add a frame</source>
        <translation>انقر أو اسحب على لوحة الرسم لإضافة إطار</translation>
    </message>
    <message>
        <location filename="../editor/actions/group_style_actions.py" line="+24"/>
        <source>&amp;Group</source>
        <translation>ت&amp;جميع</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Make the selection one group that moves, copies and deletes as one</source>
        <translation>جعل التحديد مجموعة واحدة تُنقل وتُنسخ وتُحذف ككل</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>U&amp;ngroup</source>
        <translation>إل&amp;غاء التجميع</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>L&amp;ock</source>
        <translation>ق&amp;فل</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Locked elements cannot be moved, resized, edited or deleted</source>
        <translation>لا يمكن نقل العناصر المقفلة أو تغيير حجمها أو تحريرها أو حذفها</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cop&amp;y Style</source>
        <translation>نسخ الن&amp;مط</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Paste &amp;Style</source>
        <translation>لصق النم&amp;ط</translation>
    </message>
</context>
<context>
    <name>ChoiceField</name>
    <message>
        <location filename="../editor/app/property_editors.py" line="+186"/>
        <source>Theme default</source>
        <translation>افتراضي السمة</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+6"/>
        <source>Mixed</source>
        <translation>مختلط</translation>
    </message>
</context>
<context>
    <name>ColorField</name>
    <message>
        <location line="-144"/>
        <location line="+13"/>
        <source>Theme</source>
        <extracomment>What a mixed selection shows and what &quot;follow the theme&quot; shows (set by retranslate()).</extracomment>
        <translation>السمة</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+39"/>
        <source>Choose a colour</source>
        <translation>اختر لونًا</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>A colour as #rrggbb; empty follows the theme</source>
        <translation>لون بصيغة #rrggbb؛ إذا تُرك فارغًا يتبع السمة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mixed</source>
        <translation>مختلط</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../editor/commands/base.py" line="+16"/>
        <source>Edit</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <location filename="../editor/commands/elements.py" line="+16"/>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace</source>
        <translation>استبدال</translation>
    </message>
    <message>
        <location filename="../editor/canvas/operations.py" line="+37"/>
        <source>Align left</source>
        <extracomment>Undo step names of the arranging and adding operations, by their argument.</extracomment>
        <translation>محاذاة إلى اليسار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Align centre</source>
        <translation>توسيط أفقي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Align right</source>
        <translation>محاذاة إلى اليمين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Align top</source>
        <translation>محاذاة إلى الأعلى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Align middle</source>
        <translation>توسيط عمودي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Align bottom</source>
        <translation>محاذاة إلى الأسفل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Distribute horizontally</source>
        <translation>توزيع أفقي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distribute vertically</source>
        <translation>توزيع عمودي</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add title</source>
        <translation>إضافة عنوان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add heading</source>
        <translation>إضافة عنوان فرعي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add caption</source>
        <translation>إضافة تسمية توضيحية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add callout</source>
        <translation>إضافة فقاعة تعليق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add note</source>
        <translation>إضافة ملاحظة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add legend</source>
        <translation>إضافة مفتاح رموز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add frame</source>
        <translation>إضافة إطار</translation>
    </message>
    <message>
        <location filename="../editor/canvas/clipboard.py" line="+35"/>
        <location filename="../editor/commands/elements.py" line="+224"/>
        <source>Paste</source>
        <translation>لصق</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>Nothing to add: an arrow needs the boxes it connects</source>
        <translation>لا شيء لإضافته: يحتاج السهم إلى المربعات التي يربطها</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing pasted: the clipboard&apos;s %1</source>
        <translation>لم يُلصق شيء: الحافظة %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Duplicate</source>
        <translation>تكرار</translation>
    </message>
    <message>
        <location filename="../editor/canvas/operations.py" line="+129"/>
        <source>Add box</source>
        <translation>إضافة مربع</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Connect to new box</source>
        <translation>توصيل بمربع جديد</translation>
    </message>
    <message>
        <location filename="../editor/commands/geometry.py" line="+16"/>
        <source>Arrange</source>
        <translation>ترتيب</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Move %1</source>
        <translation>نقل %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move</source>
        <translation>نقل</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Resize %1</source>
        <translation>تغيير حجم %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Reconnect %1</source>
        <translation>إعادة توصيل %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Move waypoints of %1</source>
        <translation>نقل نقاط مسار %1</translation>
    </message>
    <message>
        <location filename="../editor/commands/properties.py" line="+44"/>
        <source>Edit text of %1</source>
        <extracomment>The pseudo element id that ``iter_texts`` uses for the document title.</extracomment>
        <translation>تعديل نص %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Change %1</source>
        <translation>تغيير %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Change style</source>
        <translation>تغيير النمط</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Paste style</source>
        <translation>لصق النمط</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Change document settings</source>
        <translation>تغيير إعدادات المستند</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Bring to front</source>
        <translation>إحضار إلى المقدمة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send to back</source>
        <translation>إرسال إلى الخلف</translation>
    </message>
    <message>
        <location filename="../editor/commands/titles.py" line="+68"/>
        <source>box</source>
        <extracomment>The Qt Linguist context of every undo step name (lupdate needs it spelled out in each mark).</extracomment>
        <translation>المربع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>arrow</source>
        <translation>السهم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>legend</source>
        <translation>مفتاح الرموز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>frame</source>
        <translation>الإطار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>image</source>
        <translation>الصورة</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>element</source>
        <translation>العنصر</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>palette role</source>
        <extracomment>Names of the fields that &quot;Change %1&quot; speaks of; others are shown as the field&apos;s own name.</extracomment>
        <translation>دور اللوحة اللونية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fill</source>
        <translation>التعبئة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stroke</source>
        <translation>الحد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stroke width</source>
        <translation>عرض الحد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dash</source>
        <translation>نمط الخط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>corner radius</source>
        <translation>نصف قطر الزوايا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opacity</source>
        <translation>العتامة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hand-drawn look</source>
        <translation>مظهر الرسم باليد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>roughness</source>
        <translation>الخشونة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>font</source>
        <translation>الخط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>font size</source>
        <translation>حجم الخط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text colour</source>
        <translation>لون النص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text fit</source>
        <translation>ملاءمة النص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>routing</source>
        <translation>المسار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start head</source>
        <translation>رأس البداية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end head</source>
        <translation>رأس النهاية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>icon</source>
        <translation>الأيقونة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text role</source>
        <translation>دور النص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lock</source>
        <translation>القفل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outline</source>
        <translation>الشكل الخارجي</translation>
    </message>
    <message>
        <location filename="../editor/i18n/undo.py" line="+31"/>
        <source>no language</source>
        <translation>لا لغة</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Translate into %1</source>
        <translation>ترجمة إلى %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import %1 translations</source>
        <translation>استيراد ترجمات %1</translation>
    </message>
    <message>
        <location filename="../editor/app/fit.py" line="+32"/>
        <source>Shrink text to fit</source>
        <translation>تصغير النص ليتسع</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shrink text to fit (whole diagram)</source>
        <translation>تصغير النص ليتسع (المخطط بأكمله)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Grow boxes to fit</source>
        <translation>تكبير المربعات ليتسع النص</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Grow boxes to fit (whole diagram)</source>
        <translation>تكبير المربعات ليتسع النص (المخطط بأكمله)</translation>
    </message>
    <message>
        <location filename="../editor/app/icon_picker.py" line="+238"/>
        <source>Set icon</source>
        <translation>تعيين الأيقونة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove icon</source>
        <translation>إزالة الأيقونة</translation>
    </message>
    <message>
        <location filename="../editor/app/languages_dock.py" line="+266"/>
        <source>Keep text size and boxes</source>
        <translation>الإبقاء على حجم النص والمربعات</translation>
    </message>
    <message>
        <location filename="../editor/canvas/interactions.py" line="+272"/>
        <source>Connect</source>
        <extracomment>A connection dropped on empty canvas at least this far (screen pixels) from its handle makes a new box there (as draw.io does); closer, it is taken for a slip and dropped.</extracomment>
        <translation>توصيل</translation>
    </message>
    <message>
        <location filename="../editor/canvas/scene_editing.py" line="+358"/>
        <source>Cut</source>
        <extracomment>Shift+arrow; with snapping on, one grid cell instead, so what sits on the grid stays on it. Nudges closer together than this (ms) with the same selection are one undo step. The canvas tool changed (its name, ``actions.tool_actions.TOOLS``). A locked tool stays after it made something (else the scene hands back to select). A press on a selected element that may become a drag: (id to keep alone on a click, point).</extracomment>
        <translation>قص</translation>
    </message>
    <message>
        <location filename="../editor/app/legend_entries.py" line="+55"/>
        <source>Add entry to %1</source>
        <extracomment>The stand-in text an empty entry is laid out with, to find where its text goes. How far the editor of an entry stays from the legend&apos;s side edges.</extracomment>
        <translation>إضافة بند إلى %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remove entry from %1</source>
        <translation>إزالة بند من %1</translation>
    </message>
    <message>
        <location filename="../editor/app/window_actions.py" line="+23"/>
        <source>Auto Layout</source>
        <translation>تخطيط تلقائي</translation>
    </message>
    <message>
        <location filename="../editor/canvas/tools.py" line="+28"/>
        <source>Add arrow</source>
        <extracomment>Screen pixels a press must travel before it counts as a drag (an arrow, a sized element).</extracomment>
        <translation>إضافة سهم</translation>
    </message>
    <message>
        <location filename="../editor/canvas/group_marks.py" line="+136"/>
        <source>Resize group</source>
        <extracomment>How far (screen pixels) a group&apos;s frame stands off its members, and its corner marks&apos; size.</extracomment>
        <translation>تغيير حجم المجموعة</translation>
    </message>
    <message>
        <location filename="../editor/canvas/scene_groups.py" line="+25"/>
        <source>Lock</source>
        <extracomment>The fields whose change makes the scene work out its locks and groups again.</extracomment>
        <translation>قفل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock</source>
        <translation>إلغاء القفل</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Locked elements stay as they are: unlock them first</source>
        <extracomment>The group a double-click entered: clicks inside it pick single members.</extracomment>
        <translation>تبقى العناصر المقفلة كما هي: ألغِ قفلها أولًا</translation>
    </message>
    <message>
        <location filename="../editor/commands/groups.py" line="+118"/>
        <source>Group</source>
        <translation>تجميع</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Ungroup</source>
        <translation>إلغاء التجميع</translation>
    </message>
</context>
<context>
    <name>ContentLanguageActions</name>
    <message>
        <location filename="../editor/app/content_language_actions.py" line="+63"/>
        <source>Translated %1 strings into %2 (%3 requests).</source>
        <translation>تُرجمت نصوص عددها %1 إلى %2 (الطلبات: %3).</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n label(s) too long: see the Languages panel.</source>
        <translation>
            <numerusform>لا توجد تسميات طويلة جدًا.</numerusform>
            <numerusform>تسمية واحدة طويلة جدًا: انظر جزء اللغات.</numerusform>
            <numerusform>تسميتان طويلتان جدًا: انظر جزء اللغات.</numerusform>
            <numerusform>%n تسميات طويلة جدًا: انظر جزء اللغات.</numerusform>
            <numerusform>%n تسمية طويلة جدًا: انظر جزء اللغات.</numerusform>
            <numerusform>%n تسمية طويلة جدًا: انظر جزء اللغات.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nothing to fit: the selection has no text boxes.</source>
        <translation>لا شيء لملاءمته: لا يحتوي التحديد على مربعات نص.</translation>
    </message>
</context>
<context>
    <name>DiagramLanguages</name>
    <message>
        <location filename="../editor/app/diagram_languages.py" line="+36"/>
        <source>%1 — source</source>
        <translation>%1 — لغة المصدر</translation>
    </message>
</context>
<context>
    <name>DocumentFiles</name>
    <message>
        <location filename="../editor/app/document_files.py" line="+58"/>
        <source>Untitled</source>
        <extracomment>Set when restored work has no undo history yet still differs from the file.</extracomment>
        <translation>بلا عنوان</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Unsaved Changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to “%1” before closing?</source>
        <translation>هل تريد حفظ التغييرات على «%1» قبل الإغلاق؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you don&apos;t save, your changes will be lost.</source>
        <translation>إذا لم تحفظ، فستفقد تغييراتك.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Open Diagram</source>
        <translation>فتح مخطط</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Diagrams (*.diagram.json *.json *.png);;draw.io, Excalidraw, Mermaid (*.drawio *.xml *.svg *.png *.excalidraw *.mmd *.mermaid *.md);;All files (*)</source>
        <translation>المخططات (*.diagram.json *.json *.png);;draw.io, Excalidraw, Mermaid (*.drawio *.xml *.svg *.png *.excalidraw *.mmd *.mermaid *.md);;كل الملفات (*)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Imported %1 (%2); %3 kinds of loss, for example: %4</source>
        <translation>تم استيراد %1 (%2)؛ %3 أنواع من الفقد، مثلًا: %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported %1 (%2); nothing was lost</source>
        <translation>تم استيراد %1 (%2)؛ لم يُفقد شيء</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Import Page</source>
        <translation>استيراد صفحة</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>This file has %n page(s). Which one should open?</source>
        <translation>
            <numerusform>يحتوي هذا الملف على %n صفحة. أي صفحة تريد فتحها؟</numerusform>
            <numerusform>يحتوي هذا الملف على %n صفحة. أي صفحة تريد فتحها؟</numerusform>
            <numerusform>يحتوي هذا الملف على %n صفحة. أي صفحة تريد فتحها؟</numerusform>
            <numerusform>يحتوي هذا الملف على %n صفحات. أي صفحة تريد فتحها؟</numerusform>
            <numerusform>يحتوي هذا الملف على %n صفحة. أي صفحة تريد فتحها؟</numerusform>
            <numerusform>يحتوي هذا الملف على %n صفحة. أي صفحة تريد فتحها؟</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot Open Diagram</source>
        <translation>تعذّر فتح المخطط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” could not be opened.</source>
        <translation>تعذّر فتح «%1».</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save Diagram</source>
        <translation>حفظ المخطط</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diagrams (*.diagram.json)</source>
        <translation>المخططات (*.diagram.json)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot Save Diagram</source>
        <translation>تعذّر حفظ المخطط</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saving failed: %1</source>
        <translation>فشل الحفظ: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved %1</source>
        <translation>تم حفظ %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../editor/app/export_dialog.py" line="+187"/>
        <location line="+54"/>
        <source>Export Image</source>
        <extracomment>the language list&apos;s last entry when the document has several: all of them in one file SVG and PDF: every language of the document in one file (``export --lang all``), not ``language``</extracomment>
        <translation>تصدير الصورة</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale</source>
        <translation>المقياس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution</source>
        <translation>الدقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Padding</source>
        <translation>الهامش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Background</source>
        <translation>الخلفية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grid</source>
        <translation>الشبكة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fonts</source>
        <translation>الخطوط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>96 × scale</source>
        <translation>96 × المقياس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> dpi</source>
        <translation> نقطة/بوصة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transparent</source>
        <translation>شفافة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include the grid</source>
        <translation>تضمين الشبكة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Embed the fonts used (SVG)</source>
        <translation>تضمين الخطوط المستخدمة (SVG)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As outlines, for readers without the fonts (SVG)</source>
        <translation>كخطوط محيطية، للبرامج التي لا تملك الخطوط (SVG)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All languages, in one file (SVG, PDF)</source>
        <translation>كل اللغات في ملف واحد (SVG، PDF)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>PNG image (*.png)</source>
        <translation>صورة PNG (*.png)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG image (*.svg)</source>
        <translation>صورة SVG (*.svg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document (*.pdf)</source>
        <translation>مستند PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>IconPickerDock</name>
    <message>
        <location filename="../editor/app/icon_picker.py" line="-85"/>
        <source>Icons</source>
        <extracomment>Icons drawn per batch while filling the grid, so typing never waits for hundreds of glyphs.</extracomment>
        <translation>الأيقونات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search icons: database, server, queue…</source>
        <translation>ابحث عن أيقونات: database، server، queue…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign to Selection</source>
        <translation>تعيين للعناصر المحددة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No Icon</source>
        <translation>بلا أيقونة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click to assign, or drag onto the canvas to add a box</source>
        <translation>انقر نقرًا مزدوجًا للتعيين، أو اسحب إلى لوحة الرسم لإضافة مربع</translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>%n icons</source>
        <translation>
            <numerusform>لا توجد أيقونات</numerusform>
            <numerusform>أيقونة واحدة</numerusform>
            <numerusform>أيقونتان</numerusform>
            <numerusform>%n أيقونات</numerusform>
            <numerusform>%n أيقونة</numerusform>
            <numerusform>%n أيقونة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InterfaceLanguageMenu</name>
    <message>
        <location filename="../editor/app/window_menus.py" line="+62"/>
        <source>Interface Language</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Interface Language</source>
        <translation>لغة الوا&amp;جهة</translation>
    </message>
</context>
<context>
    <name>LanguageSwitcher</name>
    <message>
        <location filename="../editor/app/diagram_languages.py" line="+37"/>
        <source>Diagram language: the language the canvas shows and edits</source>
        <translation>لغة المخطط: اللغة التي تعرضها لوحة الرسم وتُحرَّر بها</translation>
    </message>
</context>
<context>
    <name>LanguagesDock</name>
    <message>
        <location filename="../editor/app/languages_dock.py" line="-94"/>
        <source>stale</source>
        <extracomment>The badge an element shows when several of its texts are pending: the most urgent wins.</extracomment>
        <translation>قديم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>to review</source>
        <translation>للمراجعة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>missing</source>
        <translation>ناقص</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>too long by %1 px</source>
        <translation>أطول بمقدار %1 بكسل</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>document title</source>
        <translation>عنوان المستند</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>complete</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 missing, %2 stale, %3 to review, %4 too long</source>
        <translation>ناقصة: %1، قديمة: %2، للمراجعة: %3، طويلة جدًا: %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 missing</source>
        <translation>ناقصة: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 stale</source>
        <translation>قديمة: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to review</source>
        <translation>للمراجعة: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 too long</source>
        <translation>طويلة جدًا: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The diagram has no translations yet. Use Language &gt; Translate Diagram… to add some.</source>
        <translation>لا توجد ترجمات للمخطط بعد. استخدم اللغة &gt; ترجمة المخطط… لإضافة ترجمات.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 languages complete and fitting.</source>
        <translation>%1 من %2 لغات مكتملة وتتسع نصوصها.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Element</source>
        <translation>العنصر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When text does not fi&amp;t:</source>
        <translation>عندما لا يتسع ال&amp;نص:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave as is</source>
        <translation>تركه كما هو</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shrink the text</source>
        <translation>تصغير النص</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grow the box</source>
        <translation>تكبير المربع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Shrink Text</source>
        <translation>ت&amp;صغير النص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shrink the chosen elements&apos; text to fit (down to its minimum size)</source>
        <translation>تصغير نص العناصر المختارة حتى يتسع (حتى حجمه الأدنى)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Grow Box</source>
        <translation>تكبير المر&amp;بع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grow the chosen elements until their text fits in every language</source>
        <translation>تكبير العناصر المختارة حتى يتسع نصها في كل لغة</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../editor/app/main_window.py" line="+74"/>
        <source>%1[*] — Diagram Editor</source>
        <translation>%1[*] — Diagram Editor</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n selected</source>
        <translation>
            <numerusform>لا شيء محدد</numerusform>
            <numerusform>عنصر واحد محدد</numerusform>
            <numerusform>عنصران محددان</numerusform>
            <numerusform>%n عناصر محددة</numerusform>
            <numerusform>%n عنصرًا محددًا</numerusform>
            <numerusform>%n عنصر محدد</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NumberField</name>
    <message>
        <location filename="../editor/app/property_editors.py" line="+56"/>
        <source>Mixed</source>
        <translation>مختلط</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Theme</source>
        <translation>السمة</translation>
    </message>
</context>
<context>
    <name>PropertiesDock</name>
    <message>
        <location filename="../editor/app/properties_dock.py" line="+67"/>
        <source>Palette role</source>
        <translation>دور اللوحة اللونية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill</source>
        <translation>التعبئة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stroke</source>
        <translation>الحد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stroke width</source>
        <translation>عرض الحد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dash</source>
        <translation>نمط الخط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corner radius</source>
        <translation>نصف قطر الزوايا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opacity</source>
        <translation>العتامة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand-drawn</source>
        <translation>مرسوم باليد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roughness</source>
        <translation>الخشونة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Font</source>
        <translation>الخط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Font size</source>
        <translation>حجم الخط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text colour</source>
        <translation>لون النص</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Routing</source>
        <translation>المسار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start head</source>
        <translation>رأس البداية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End head</source>
        <translation>رأس النهاية</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Properties</source>
        <translation>الخصائص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shape</source>
        <translation>الشكل</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+20"/>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+18"/>
        <location line="+11"/>
        <source>Arrow</source>
        <translation>السهم</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>On</source>
        <translation>تشغيل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Off</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Box</source>
        <translation>مربع</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Legend</source>
        <translation>مفتاح الرموز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frame</source>
        <translation>إطار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image</source>
        <translation>صورة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>None</source>
        <translation>بلا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Triangle</source>
        <translation>مثلث</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Circle</source>
        <translation>دائرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>Diamond</source>
        <translation>معيّن</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Solid</source>
        <translation>متصل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dashed</source>
        <translation>متقطع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dotted</source>
        <translation>منقط</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Straight</source>
        <translation>مستقيم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right-angled</source>
        <translation>بزوايا قائمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curved</source>
        <translation>منحنٍ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rectangle</source>
        <translation>مستطيل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ellipse</source>
        <translation>قطع ناقص</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cylinder</source>
        <translation>أسطوانة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>مستند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cloud</source>
        <translation>سحابة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actor</source>
        <translation>فاعل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hexagon</source>
        <translation>مسدس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parallelogram</source>
        <translation>متوازي أضلاع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stadium</source>
        <translation>كبسولة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Default</source>
        <translation>افتراضي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read path</source>
        <translation>مسار القراءة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write path</source>
        <translation>مسار الكتابة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accent</source>
        <translation>تمييز</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+7"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>Outline</source>
        <translation>الشكل الخارجي</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Caution</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Muted</source>
        <translation>خافت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Nothing selected. Select elements on the canvas to edit their style.</source>
        <translation>لم يُحدَّد شيء. حدِّد عناصر على لوحة الرسم لتعديل نمطها.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 “%2”</source>
        <translation>%1 «%2»</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n elements selected</source>
        <translation>
            <numerusform>لم يُحدَّد أي عنصر</numerusform>
            <numerusform>عنصر واحد محدد</numerusform>
            <numerusform>عنصران محددان</numerusform>
            <numerusform>%n عناصر محددة</numerusform>
            <numerusform>%n عنصرًا محددًا</numerusform>
            <numerusform>%n عنصر محدد</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../editor/app/recovery_dialog.py" line="+75"/>
        <source>Recover Unsaved Work</source>
        <translation>استعادة العمل غير المحفوظ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Diagram Editor closed unexpectedly. Unsaved changes to “%1” from %2 were kept.</source>
        <translation>أُغلق Diagram Editor بشكل غير متوقع. تم الاحتفاظ بالتغييرات غير المحفوظة على «%1» من %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare with Saved File</source>
        <translation>مقارنة بالملف المحفوظ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The recovered diagram is the same as the saved file.</source>
        <translation>المخطط المستعاد مطابق للملف المحفوظ.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../editor/app/dialogs.py" line="-129"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interface</source>
        <translation>الواجهة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New diagrams</source>
        <translation>المخططات الجديدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canvas</source>
        <translation>لوحة الرسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery</source>
        <translation>الاستعادة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content translation</source>
        <translation>ترجمة المحتوى</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+70"/>
        <source>Interface language</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Theme for new diagrams</source>
        <translation>سمة المخططات الجديدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grid</source>
        <translation>الشبكة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grid size for new diagrams</source>
        <translation>حجم الشبكة للمخططات الجديدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snapping</source>
        <translation>الالتقاط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Autosave every</source>
        <translation>الحفظ التلقائي كل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>…and after this many edits</source>
        <translation>…وبعد هذا العدد من التعديلات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider</source>
        <translation>المزوّد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server address</source>
        <translation>عنوان الخادم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API key</source>
        <translation>مفتاح API</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Whiteboard</source>
        <translation>السبورة البيضاء</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clean</source>
        <translation>بسيطة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the grid in new diagrams</source>
        <translation>إظهار الشبكة في المخططات الجديدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snap to the grid and to other elements</source>
        <translation>الالتقاط إلى الشبكة والعناصر الأخرى</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API keys are kept in your user settings only; they are never written into a diagram.</source>
        <translation>تُحفظ مفاتيح API في إعدادات المستخدم فقط، ولا تُكتب أبدًا في أي مخطط.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Translation memory…</source>
        <translation>ذاكرة الترجمة…</translation>
    </message>
</context>
<context>
    <name>Shapes</name>
    <message>
        <location filename="../editor/app/shapes_dock.py" line="+58"/>
        <source>%1: click to add it in the middle of the view, or drag it onto the canvas</source>
        <extracomment>The narrowest cell and every cell&apos;s height; cells widen to share the dock&apos;s width evenly. Pixels a row keeps free: QListView wraps a row whose cells fill the viewport exactly. Pixels around a cell&apos;s text: the item padding and the view&apos;s own margins on both sides.</extracomment>
        <translation>%1: انقر لإضافته في منتصف العرض، أو اسحبه إلى لوحة الرسم</translation>
    </message>
    <message>
        <location filename="../editor/app/palette_entries.py" line="+64"/>
        <source>Service</source>
        <translation>خدمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handles requests</source>
        <translation>تعالج الطلبات</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Database</source>
        <translation>قاعدة بيانات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stores records</source>
        <translation>تخزن السجلات</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cache</source>
        <translation>ذاكرة تخزين مؤقت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keeps hot data in memory</source>
        <translation>تحتفظ بالبيانات الأكثر استخدامًا في الذاكرة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Queue</source>
        <translation>طابور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buffers messages</source>
        <translation>يخزن الرسائل مؤقتًا</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Worker</source>
        <translation>عامل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs background jobs</source>
        <translation>ينفذ المهام في الخلفية</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Client</source>
        <translation>عميل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browser or app</source>
        <translation>متصفح أو تطبيق</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Box</source>
        <translation>مربع</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heading</source>
        <translation>عنوان فرعي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caption</source>
        <translation>تسمية توضيحية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Callout</source>
        <translation>فقاعة تعليق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legend</source>
        <translation>مفتاح الرموز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frame</source>
        <translation>إطار</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rectangle</source>
        <translation>مستطيل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ellipse</source>
        <translation>قطع ناقص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diamond</source>
        <translation>معيّن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cylinder</source>
        <translation>أسطوانة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>مستند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cloud</source>
        <translation>سحابة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actor</source>
        <translation>فاعل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hexagon</source>
        <translation>مسدس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parallelogram</source>
        <translation>متوازي أضلاع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stadium</source>
        <translation>كبسولة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sticky note</source>
        <translation>ملاحظة لاصقة</translation>
    </message>
</context>
<context>
    <name>ShapesDock</name>
    <message>
        <location filename="../editor/app/shapes_dock.py" line="+286"/>
        <source>Shapes</source>
        <translation>الأشكال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search shapes and icons</source>
        <translation>ابحث في الأشكال والأيقونات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boxes</source>
        <translation>المربعات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outlines</source>
        <translation>الأشكال الخارجية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text and Layout</source>
        <translation>النص والتخطيط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Icons</source>
        <translation>الأيقونات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing matches.</source>
        <translation>لا توجد نتائج.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../editor/app/dialogs.py" line="+73"/>
        <source>Keyboard Shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shortcut</source>
        <translation>الاختصار</translation>
    </message>
</context>
<context>
    <name>StyleQuickBar</name>
    <message>
        <location filename="../editor/app/style_quick_bar.py" line="+257"/>
        <source>Palette role: %1</source>
        <extracomment>Room (viewport pixels) between the selection and the bar, and how often a hidden bar looks again whether the text being edited was closed (closing without a change sends no signal). A style was copied (Paste Style becomes available). The Properties panel&apos;s names for palette roles and dashes, in the interface language.</extracomment>
        <translation>دور اللوحة اللونية: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hand-drawn on or off</source>
        <translation>مرسوم باليد: تشغيل أو إيقاف</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <location filename="../editor/app/template_dialog.py" line="+156"/>
        <source>New from Template</source>
        <translation>جديد من قالب</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a new diagram from a ready-made layout, in your language when the template has it.</source>
        <translation>ابدأ مخططًا جديدًا من تخطيط جاهز، بلغتك إن كان القالب يتضمنها.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create</source>
        <translation>إنشاء</translation>
    </message>
</context>
<context>
    <name>TranslateDialog</name>
    <message>
        <location filename="../editor/app/translate_dialog.py" line="+183"/>
        <source>“%1” is not a language tag (write tags such as pt-PT or zh-Hant).</source>
        <extracomment>Offered with a checkbox each; anything else goes in the free field as a BCP 47 tag.</extracomment>
        <translation>«%1» ليس وسم لغة (اكتب وسومًا مثل pt-PT أو zh-Hant).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose at least one language to translate into.</source>
        <translation>اختر لغة واحدة على الأقل للترجمة إليها.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Translating into %1…</source>
        <translation>جارٍ الترجمة إلى %1…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelling… (waiting for the requests under way)</source>
        <translation>جارٍ الإلغاء… (بانتظار الطلبات الجارية)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+89"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="-89"/>
        <location line="+89"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>%1 of %2 strings translated (%3), %4 requests</source>
        <translation>تُرجم %1 من %2 (%3)، الطلبات: %4</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Done: %1 strings into %2 with %3 requests.</source>
        <translation>اكتمل: النصوص: %1، إلى %2، الطلبات: %3.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Translation failed: %1
The diagram is unchanged; strings translated before the failure are kept for the next try.</source>
        <translation>فشلت الترجمة: %1
لم يتغير المخطط؛ تُحفظ النصوص المترجمة قبل الفشل للمحاولة التالية.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelled after %1 of %2 strings. The diagram is unchanged.</source>
        <translation>أُلغيت بعد %1 من %2. لم يتغير المخطط.</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n language(s) chosen</source>
        <translation>
            <numerusform>لم تُختر أي لغة</numerusform>
            <numerusform>لغة واحدة مختارة</numerusform>
            <numerusform>لغتان مختارتان</numerusform>
            <numerusform>%n لغات مختارة</numerusform>
            <numerusform>%n لغة مختارة</numerusform>
            <numerusform>%n لغة مختارة</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No language chosen</source>
        <translation>لم تُختر أي لغة</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Translate Diagram</source>
        <translation>ترجمة المخطط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translate into:</source>
        <translation>الترجمة إلى:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other languages:</source>
        <translation>لغات أخرى:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider:</source>
        <translation>المزوّد:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server address:</source>
        <translation>عنوان الخادم:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait per request:</source>
        <translation>مهلة كل طلب:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BCP 47 language tags, separated by commas</source>
        <translation>وسوم لغات BCP 47، مفصولة بفواصل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only missing and stale strings (keep existing translations)</source>
        <translation>النصوص الناقصة والقديمة فقط (مع الإبقاء على الترجمات الحالية)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Translate</source>
        <translation>&amp;ترجمة</translation>
    </message>
</context>
<context>
    <name>TranslationMemoryDialog</name>
    <message>
        <location filename="../editor/app/memory_dialog.py" line="+81"/>
        <source>Translation memory</source>
        <translation>ذاكرة الترجمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Provider</source>
        <translation>المزوّد</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Entries</source>
        <translation>الإدخالات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export TMX…</source>
        <translation>تصدير TMX…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import TMX…</source>
        <translation>استيراد TMX…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear…</source>
        <translation>مسح…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+22"/>
        <source>All languages</source>
        <translation>كل اللغات</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+22"/>
        <source>All providers</source>
        <translation>كل المزوّدين</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+13"/>
        <source>people, imports</source>
        <translation>بشر، استيراد</translation>
    </message>
    <message numerus="yes">
        <location line="-9"/>
        <source>%n entries in all</source>
        <translation>
            <numerusform>لا إدخالات (%n)</numerusform>
            <numerusform>إدخال واحد (%n)</numerusform>
            <numerusform>إدخالان (%n)</numerusform>
            <numerusform>%n إدخالات</numerusform>
            <numerusform>%n إدخالًا</numerusform>
            <numerusform>%n إدخال</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+9"/>
        <source>Export TMX</source>
        <translation>تصدير TMX</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cannot write %1: %2</source>
        <translation>تعذّرت الكتابة إلى %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Exported %n entries to %1.</source>
        <translation>
            <numerusform>تم تصدير %n إدخال إلى %1.</numerusform>
            <numerusform>تم تصدير إدخال واحد (%n) إلى %1.</numerusform>
            <numerusform>تم تصدير إدخالين (%n) إلى %1.</numerusform>
            <numerusform>تم تصدير %n إدخالات إلى %1.</numerusform>
            <numerusform>تم تصدير %n إدخالًا إلى %1.</numerusform>
            <numerusform>تم تصدير %n إدخال إلى %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>Import TMX</source>
        <translation>استيراد TMX</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Imported %n entries from %1.</source>
        <translation>
            <numerusform>لم يُستورَد أي إدخال (%n) من %1.</numerusform>
            <numerusform>استُورِد إدخال واحد (%n) من %1.</numerusform>
            <numerusform>استُورِد إدخالان (%n) من %1.</numerusform>
            <numerusform>استُورِدت %n إدخالات من %1.</numerusform>
            <numerusform>استُورِد %n إدخالًا من %1.</numerusform>
            <numerusform>استُورِد %n إدخال من %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Delete %n entries from the translation memory? This cannot be undone.</source>
        <translation>
            <numerusform>حذف %n إدخال من ذاكرة الترجمة؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>حذف إدخال واحد (%n) من ذاكرة الترجمة؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>حذف إدخالين (%n) من ذاكرة الترجمة؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>حذف %n إدخالات من ذاكرة الترجمة؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>حذف %n إدخالًا من ذاكرة الترجمة؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>حذف %n إدخال من ذاكرة الترجمة؟ لا يمكن التراجع عن ذلك.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear translation memory</source>
        <translation>مسح ذاكرة الترجمة</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Deleted %n entries.</source>
        <translation>
            <numerusform>لم يُحذف أي إدخال (%n).</numerusform>
            <numerusform>حُذف إدخال واحد (%n).</numerusform>
            <numerusform>حُذف إدخالان (%n).</numerusform>
            <numerusform>حُذفت %n إدخالات.</numerusform>
            <numerusform>حُذف %n إدخالًا.</numerusform>
            <numerusform>حُذف %n إدخال.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../editor/app/window_actions.py" line="+14"/>
        <source>The templates could not be read: %1</source>
        <translation>تعذّرت قراءة القوالب: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Export Failed</source>
        <translation>فشل التصدير</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported %1 (%2 KB)</source>
        <translation>تم تصدير %1 (%2 كيلوبايت)</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Auto Layout</source>
        <translation>تخطيط تلقائي</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>About Diagram Editor</source>
        <translation>حول Diagram Editor</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../editor/app/window_menus.py" line="+66"/>
        <source>Clear Recent Files</source>
        <translation>مسح قائمة الملفات الأخيرة</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Open &amp;Recent</source>
        <translation>الملفات الأ&amp;خيرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diagram language</source>
        <translation>لغة المخطط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main toolbar</source>
        <translation>شريط الأدوات الرئيسي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tools</source>
        <translation>الأدوات</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;تراجع عن %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo %1</source>
        <translation>إ&amp;عادة %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
</context>
<context>
    <name>WindowParts</name>
    <message>
        <location filename="../editor/app/window_parts.py" line="+88"/>
        <source>Image %1 takes too long to draw; it is shown crossed out and export refuses it.</source>
        <translation>تستغرق الصورة %1 وقتًا طويلًا جدًا في الرسم؛ تظهر مشطوبة ويرفضها التصدير.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened</source>
        <translation>عند الفتح</translation>
    </message>
</context>
</TS>
