<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <location filename="../editor/app/dialogs.py" line="+255"/>
        <source>Technical infographics that live in many languages: boxes and arrows on a hand-drawn canvas, every label translatable, exported as PNG or SVG.</source>
        <translation>多语言技术信息图：在手绘风格的画布上绘制方框和箭头，每个标签都可翻译，并可导出为 PNG 或 SVG。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Icons from qtawesome; handwriting font Caveat (SIL Open Font License).</source>
        <translation>图标来自 qtawesome；手写字体 Caveat（SIL Open Font License）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../editor/actions/file_edit_actions.py" line="+10"/>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New from Te&amp;mplate…</source>
        <translation>从模板新建(&amp;M)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Export PNG or SVG…</source>
        <translation>导出为 PNG 或 SVG(&amp;E)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Se&amp;ttings…</source>
        <translation>设置(&amp;T)…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dup&amp;licate</source>
        <translation>创建副本(&amp;L)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <location filename="../editor/actions/view_arrange_actions.py" line="+19"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Fit to Content</source>
        <translation>适应内容(&amp;F)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Actual Size (&amp;100%)</source>
        <translation>实际大小 100%(&amp;1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show &amp;Grid</source>
        <translation>显示网格(&amp;G)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Snap to Grid and Elements</source>
        <translation>吸附到网格和元素(&amp;S)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Whiteboard Theme</source>
        <translation>白板主题(&amp;W)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Clean Theme</source>
        <translation>简洁主题(&amp;C)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Align &amp;Left</source>
        <translation>左对齐(&amp;L)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Align &amp;Centre</source>
        <translation>水平居中(&amp;C)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Align &amp;Right</source>
        <translation>右对齐(&amp;R)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Align &amp;Top</source>
        <translation>顶端对齐(&amp;T)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Align &amp;Middle</source>
        <translation>垂直居中(&amp;M)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Align &amp;Bottom</source>
        <translation>底端对齐(&amp;B)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Distribute &amp;Horizontally</source>
        <translation>水平分布(&amp;H)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Distribute &amp;Vertically</source>
        <translation>垂直分布(&amp;V)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bring to &amp;Front</source>
        <translation>置于顶层(&amp;F)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Send to Bac&amp;k</source>
        <translation>置于底层(&amp;K)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Auto Layout</source>
        <translation>自动布局(&amp;A)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lay the selection, or the whole diagram, out in layers</source>
        <translation>将所选内容或整个图表按层次排列</translation>
    </message>
    <message>
        <location filename="../editor/actions/language_help_actions.py" line="+10"/>
        <source>&amp;Translate Diagram…</source>
        <translation>翻译图表(&amp;T)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Translate every label into other languages, as one undo step</source>
        <translation>将每个标签翻译成其他语言，可一步撤销</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Languages &amp;Panel</source>
        <translation>语言面板(&amp;P)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Missing, stale and too long translations, per language</source>
        <translation>按语言列出缺失、过时和过长的翻译</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fit Text: &amp;Shrink</source>
        <translation>适应文本：缩小(&amp;S)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shrink text that does not fit: the selected elements, or the whole diagram when none is selected</source>
        <translation>缩小放不下的文本：作用于所选元素，未选择时作用于整个图表</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fit Text: &amp;Grow Boxes</source>
        <translation>适应文本：放大方框(&amp;G)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Grow boxes until their text fits: the selected ones, or the whole diagram when none is selected</source>
        <translation>放大方框直到文本放得下：作用于所选方框，未选择时作用于整个图表</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;About Diagram Editor</source>
        <translation>关于 Diagram Editor(&amp;A)</translation>
    </message>
    <message>
        <location filename="../editor/actions/specs.py" line="+121"/>
        <source>&amp;File</source>
        <extracomment>Menu title (translatable, context &quot;Actions&quot;) -&gt; action ids, submenus and ``None`` separators.</extracomment>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>&amp;Insert</source>
        <extracomment>The shortcuts the table spells out, e.g. Duplicate&apos;s &quot;Ctrl+D&quot;. Keys of Sun and multimedia keyboards that Qt adds to standard keys (F14 is Undo, F20 Cut...): they stay bound, but a list for people shows only keys a common keyboard has. A submenu the app fills at run time (recent files, content languages). The canvas menu&apos;s Insert submenu: the Insert menu&apos;s entries under its title. Runs of entries that stand both in the menu bar and in the canvas&apos;s right-click menu. The canvas tools (Insert menu and the tools bar): a press on the canvas makes what they say.</extracomment>
        <translation>插入(&amp;I)</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>&amp;Arrange</source>
        <translation>排列(&amp;A)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../editor/actions/insert_actions.py" line="+30"/>
        <source>&amp;Box</source>
        <translation>方框(&amp;B)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a box in the middle of the view and edit its name</source>
        <translation>在视图中央添加方框并编辑其名称</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Heading</source>
        <translation>小标题(&amp;H)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Caption Text</source>
        <translation>说明文字(&amp;C)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>C&amp;allout</source>
        <translation>标注(&amp;A)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Note</source>
        <translation>注释(&amp;N)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Legend</source>
        <translation>图例(&amp;L)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Frame</source>
        <translation>框架(&amp;F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a titled frame behind everything, to group elements</source>
        <translation>在最底层添加带标题的框架，用于组合元素</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Edit Text</source>
        <extracomment>Edit menu: text and legend entries of the selected element.</extracomment>
        <translation>编辑文本(&amp;E)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add Legend E&amp;ntry</source>
        <translation>添加图例条目(&amp;N)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add an entry below the clicked one (or at the end) and edit it</source>
        <translation>在点击的条目下方（或末尾）添加条目并编辑</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remo&amp;ve Legend Entry</source>
        <translation>删除图例条目(&amp;V)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove the clicked entry (or the last one)</source>
        <translation>删除点击的条目（或最后一个）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Straight Arrows</source>
        <extracomment>Arrange menu: how the selected arrows run.</extracomment>
        <translation>直线箭头(&amp;S)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Orthogonal Arrows</source>
        <translation>直角箭头(&amp;O)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>C&amp;urved Arrows</source>
        <translation>曲线箭头(&amp;U)</translation>
    </message>
    <message>
        <location filename="../editor/app/action_builder.py" line="+106"/>
        <source>%1 failed: %2</source>
        <extracomment>Where ``canvas_only`` shortcuts listen (the window itself when there is no canvas).</extracomment>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <location filename="../editor/actions/tool_actions.py" line="+38"/>
        <source>&amp;Select Tool</source>
        <translation>选择工具(&amp;S)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select, move and resize elements</source>
        <translation>选择、移动元素并调整其大小</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bo&amp;x Tool</source>
        <translation>方框工具(&amp;X)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Click or drag on the canvas to add a box</source>
        <translation>在画布上单击或拖动以添加方框</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Elli&amp;pse Tool</source>
        <translation>椭圆工具(&amp;P)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Click or drag on the canvas to add an ellipse</source>
        <translation>在画布上单击或拖动以添加椭圆</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Diamond Tool</source>
        <translation>菱形工具(&amp;D)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Click or drag on the canvas to add a diamond</source>
        <translation>在画布上单击或拖动以添加菱形</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A&amp;rrow Tool</source>
        <translation>箭头工具(&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drag from a box or the canvas to another: ends on a box bind to it, others stay free</source>
        <translation>从方框或画布拖到另一处：落在方框上的端点绑定到该方框，其余端点保持自由</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>T&amp;ext Tool</source>
        <translation>文本工具(&amp;E)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Click on the canvas to add a text</source>
        <translation>在画布上单击以添加文本</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fra&amp;me Tool</source>
        <translation>框架工具(&amp;M)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Click or drag on the canvas to add a frame</source>
        <translation>在画布上单击或拖动以添加框架</translation>
    </message>
    <message>
        <location filename="../editor/actions/group_style_actions.py" line="+24"/>
        <source>&amp;Group</source>
        <translation>组合(&amp;G)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Make the selection one group that moves, copies and deletes as one</source>
        <translation>将所选内容组合为一个整体移动、复制和删除的组</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>U&amp;ngroup</source>
        <translation>取消组合(&amp;N)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>L&amp;ock</source>
        <translation>锁定(&amp;O)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Locked elements cannot be moved, resized, edited or deleted</source>
        <translation>锁定的元素无法移动、调整大小、编辑或删除</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cop&amp;y Style</source>
        <translation>复制样式(&amp;Y)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Paste &amp;Style</source>
        <translation>粘贴样式(&amp;S)</translation>
    </message>
</context>
<context>
    <name>ChoiceField</name>
    <message>
        <location filename="../editor/app/property_editors.py" line="+186"/>
        <source>Theme default</source>
        <translation>主题默认值</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+6"/>
        <source>Mixed</source>
        <translation>混合</translation>
    </message>
</context>
<context>
    <name>ColorField</name>
    <message>
        <location line="-144"/>
        <location line="+13"/>
        <source>Theme</source>
        <extracomment>What a mixed selection shows and what &quot;follow the theme&quot; shows (set by retranslate()).</extracomment>
        <translation>主题</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+39"/>
        <source>Choose a colour</source>
        <translation>选择颜色</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>A colour as #rrggbb; empty follows the theme</source>
        <translation>#rrggbb 格式的颜色；留空则跟随主题</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mixed</source>
        <translation>混合</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../editor/commands/base.py" line="+16"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../editor/commands/elements.py" line="+16"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <location filename="../editor/canvas/operations.py" line="+37"/>
        <source>Align left</source>
        <extracomment>Undo step names of the arranging and adding operations, by their argument.</extracomment>
        <translation>左对齐</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Align centre</source>
        <translation>水平居中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Align right</source>
        <translation>右对齐</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Align top</source>
        <translation>顶端对齐</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Align middle</source>
        <translation>垂直居中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Align bottom</source>
        <translation>底端对齐</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Distribute horizontally</source>
        <translation>水平分布</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distribute vertically</source>
        <translation>垂直分布</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add title</source>
        <translation>添加标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add heading</source>
        <translation>添加小标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add caption</source>
        <translation>添加说明文字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add callout</source>
        <translation>添加标注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add note</source>
        <translation>添加注释</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add legend</source>
        <translation>添加图例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add frame</source>
        <translation>添加框架</translation>
    </message>
    <message>
        <location filename="../editor/canvas/clipboard.py" line="+35"/>
        <location filename="../editor/commands/elements.py" line="+224"/>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>Nothing to add: an arrow needs the boxes it connects</source>
        <translation>没有可添加的内容：箭头需要它连接的方框</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing pasted: the clipboard&apos;s %1</source>
        <translation>未粘贴任何内容：剪贴板中的 %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Duplicate</source>
        <translation>创建副本</translation>
    </message>
    <message>
        <location filename="../editor/canvas/operations.py" line="+129"/>
        <source>Add box</source>
        <translation>添加方框</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Connect to new box</source>
        <translation>连接到新方框</translation>
    </message>
    <message>
        <location filename="../editor/commands/geometry.py" line="+16"/>
        <source>Arrange</source>
        <translation>排列</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Move %1</source>
        <translation>移动 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move</source>
        <translation>移动</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Resize %1</source>
        <translation>调整 %1 的大小</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Reconnect %1</source>
        <translation>重新连接 %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Move waypoints of %1</source>
        <translation>移动 %1 的路径点</translation>
    </message>
    <message>
        <location filename="../editor/commands/properties.py" line="+44"/>
        <source>Edit text of %1</source>
        <extracomment>The pseudo element id that ``iter_texts`` uses for the document title.</extracomment>
        <translation>编辑 %1 的文本</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Change %1</source>
        <translation>更改%1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Change style</source>
        <translation>更改样式</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Paste style</source>
        <translation>粘贴样式</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Change document settings</source>
        <translation>更改文档设置</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Bring to front</source>
        <translation>置于顶层</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send to back</source>
        <translation>置于底层</translation>
    </message>
    <message>
        <location filename="../editor/commands/titles.py" line="+68"/>
        <source>box</source>
        <extracomment>The Qt Linguist context of every undo step name (lupdate needs it spelled out in each mark).</extracomment>
        <translation>方框</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>arrow</source>
        <translation>箭头</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>frame</source>
        <translation>框架</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>image</source>
        <translation>图像</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>element</source>
        <translation>元素</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>palette role</source>
        <extracomment>Names of the fields that &quot;Change %1&quot; speaks of; others are shown as the field&apos;s own name.</extracomment>
        <translation>调色板角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fill</source>
        <translation>填充</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stroke</source>
        <translation>描边</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stroke width</source>
        <translation>描边宽度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dash</source>
        <translation>线型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>corner radius</source>
        <translation>圆角半径</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opacity</source>
        <translation>不透明度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hand-drawn look</source>
        <translation>手绘效果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>roughness</source>
        <translation>粗糙度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>font</source>
        <translation>字体</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>font size</source>
        <translation>字号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text colour</source>
        <translation>文字颜色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text fit</source>
        <translation>文本适应方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>routing</source>
        <translation>走线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start head</source>
        <translation>起点箭头</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end head</source>
        <translation>终点箭头</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>icon</source>
        <translation>图标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text role</source>
        <translation>文本角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outline</source>
        <translation>轮廓</translation>
    </message>
    <message>
        <location filename="../editor/i18n/undo.py" line="+31"/>
        <source>no language</source>
        <translation>无语言</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Translate into %1</source>
        <translation>翻译为 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import %1 translations</source>
        <translation>导入 %1 翻译</translation>
    </message>
    <message>
        <location filename="../editor/app/fit.py" line="+32"/>
        <source>Shrink text to fit</source>
        <translation>缩小文本以适应</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shrink text to fit (whole diagram)</source>
        <translation>缩小文本以适应（整个图表）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Grow boxes to fit</source>
        <translation>放大方框以适应</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Grow boxes to fit (whole diagram)</source>
        <translation>放大方框以适应（整个图表）</translation>
    </message>
    <message>
        <location filename="../editor/app/icon_picker.py" line="+238"/>
        <source>Set icon</source>
        <translation>设置图标</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove icon</source>
        <translation>移除图标</translation>
    </message>
    <message>
        <location filename="../editor/app/languages_dock.py" line="+266"/>
        <source>Keep text size and boxes</source>
        <translation>保持文字大小和方框</translation>
    </message>
    <message>
        <location filename="../editor/canvas/interactions.py" line="+272"/>
        <source>Connect</source>
        <extracomment>A connection dropped on empty canvas at least this far (screen pixels) from its handle makes a new box there (as draw.io does); closer, it is taken for a slip and dropped.</extracomment>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../editor/canvas/scene_editing.py" line="+358"/>
        <source>Cut</source>
        <extracomment>Shift+arrow; with snapping on, one grid cell instead, so what sits on the grid stays on it. Nudges closer together than this (ms) with the same selection are one undo step. The canvas tool changed (its name, ``actions.tool_actions.TOOLS``). A locked tool stays after it made something (else the scene hands back to select). A press on a selected element that may become a drag: (id to keep alone on a click, point).</extracomment>
        <translation>剪切</translation>
    </message>
    <message>
        <location filename="../editor/app/legend_entries.py" line="+55"/>
        <source>Add entry to %1</source>
        <extracomment>The stand-in text an empty entry is laid out with, to find where its text goes. How far the editor of an entry stays from the legend&apos;s side edges.</extracomment>
        <translation>向 %1 添加条目</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remove entry from %1</source>
        <translation>从 %1 删除条目</translation>
    </message>
    <message>
        <location filename="../editor/app/window_actions.py" line="+23"/>
        <source>Auto Layout</source>
        <translation>自动布局</translation>
    </message>
    <message>
        <location filename="../editor/canvas/tools.py" line="+28"/>
        <source>Add arrow</source>
        <extracomment>Screen pixels a press must travel before it counts as a drag (an arrow, a sized element).</extracomment>
        <translation>添加箭头</translation>
    </message>
    <message>
        <location filename="../editor/canvas/group_marks.py" line="+136"/>
        <source>Resize group</source>
        <extracomment>How far (screen pixels) a group&apos;s frame stands off its members, and its corner marks&apos; size.</extracomment>
        <translation>调整组的大小</translation>
    </message>
    <message>
        <location filename="../editor/canvas/scene_groups.py" line="+25"/>
        <source>Lock</source>
        <extracomment>The fields whose change makes the scene work out its locks and groups again.</extracomment>
        <translation>锁定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Locked elements stay as they are: unlock them first</source>
        <extracomment>The group a double-click entered: clicks inside it pick single members.</extracomment>
        <translation>锁定的元素保持不变：请先解锁</translation>
    </message>
    <message>
        <location filename="../editor/commands/groups.py" line="+118"/>
        <source>Group</source>
        <translation>组合</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Ungroup</source>
        <translation>取消组合</translation>
    </message>
</context>
<context>
    <name>ContentLanguageActions</name>
    <message>
        <location filename="../editor/app/content_language_actions.py" line="+63"/>
        <source>Translated %1 strings into %2 (%3 requests).</source>
        <translation>已将 %1 个字符串翻译为 %2（%3 个请求）。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n label(s) too long: see the Languages panel.</source>
        <translation>
            <numerusform>%n 个标签过长：请查看“语言”面板。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nothing to fit: the selection has no text boxes.</source>
        <translation>没有可调整的内容：所选内容中没有文本方框。</translation>
    </message>
</context>
<context>
    <name>DiagramLanguages</name>
    <message>
        <location filename="../editor/app/diagram_languages.py" line="+36"/>
        <source>%1 — source</source>
        <translation>%1 — 源语言</translation>
    </message>
</context>
<context>
    <name>DocumentFiles</name>
    <message>
        <location filename="../editor/app/document_files.py" line="+58"/>
        <source>Untitled</source>
        <extracomment>Set when restored work has no undo history yet still differs from the file.</extracomment>
        <translation>未命名</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Unsaved Changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to “%1” before closing?</source>
        <translation>关闭前是否保存对“%1”的更改？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you don&apos;t save, your changes will be lost.</source>
        <translation>如果不保存，您的更改将会丢失。</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Open Diagram</source>
        <translation>打开图表</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Diagrams (*.diagram.json *.json *.png);;draw.io, Excalidraw, Mermaid (*.drawio *.xml *.svg *.png *.excalidraw *.mmd *.mermaid *.md);;All files (*)</source>
        <translation>图表 (*.diagram.json *.json *.png);;draw.io, Excalidraw, Mermaid (*.drawio *.xml *.svg *.png *.excalidraw *.mmd *.mermaid *.md);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Imported %1 (%2); %3 kinds of loss, for example: %4</source>
        <translation>已导入 %1（%2）；%3 类内容未能完整转换，例如：%4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported %1 (%2); nothing was lost</source>
        <translation>已导入 %1（%2）；没有任何丢失</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Import Page</source>
        <translation>导入页面</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>This file has %n page(s). Which one should open?</source>
        <translation>
            <numerusform>此文件有 %n 页。要打开哪一页？</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot Open Diagram</source>
        <translation>无法打开图表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” could not be opened.</source>
        <translation>无法打开“%1”。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save Diagram</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diagrams (*.diagram.json)</source>
        <translation>图表 (*.diagram.json)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot Save Diagram</source>
        <translation>无法保存图表</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saving failed: %1</source>
        <translation>保存失败：%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../editor/app/export_dialog.py" line="+187"/>
        <location line="+54"/>
        <source>Export Image</source>
        <extracomment>the language list&apos;s last entry when the document has several: all of them in one file SVG and PDF: every language of the document in one file (``export --lang all``), not ``language``</extracomment>
        <translation>导出图像</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale</source>
        <translation>缩放</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Padding</source>
        <translation>边距</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Background</source>
        <translation>背景</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fonts</source>
        <translation>字体</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>96 × scale</source>
        <translation>96 × 缩放</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transparent</source>
        <translation>透明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include the grid</source>
        <translation>包含网格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Embed the fonts used (SVG)</source>
        <translation>嵌入所用字体 (SVG)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As outlines, for readers without the fonts (SVG)</source>
        <translation>转为轮廓，供没有这些字体的阅读器使用 (SVG)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All languages, in one file (SVG, PDF)</source>
        <translation>所有语言合为一个文件 (SVG、PDF)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG image (*.svg)</source>
        <translation>SVG 图像 (*.svg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>IconPickerDock</name>
    <message>
        <location filename="../editor/app/icon_picker.py" line="-85"/>
        <source>Icons</source>
        <extracomment>Icons drawn per batch while filling the grid, so typing never waits for hundreds of glyphs.</extracomment>
        <translation>图标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search icons: database, server, queue…</source>
        <translation>搜索图标：database、server、queue…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign to Selection</source>
        <translation>应用到所选元素</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No Icon</source>
        <translation>无图标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click to assign, or drag onto the canvas to add a box</source>
        <translation>双击以应用，或拖到画布上添加方框</translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>%n icons</source>
        <translation>
            <numerusform>%n 个图标</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InterfaceLanguageMenu</name>
    <message>
        <location filename="../editor/app/window_menus.py" line="+62"/>
        <source>Interface Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Interface Language</source>
        <translation>界面语言(&amp;I)</translation>
    </message>
</context>
<context>
    <name>LanguageSwitcher</name>
    <message>
        <location filename="../editor/app/diagram_languages.py" line="+37"/>
        <source>Diagram language: the language the canvas shows and edits</source>
        <translation>图表语言：画布显示和编辑所用的语言</translation>
    </message>
</context>
<context>
    <name>LanguagesDock</name>
    <message>
        <location filename="../editor/app/languages_dock.py" line="-94"/>
        <source>stale</source>
        <extracomment>The badge an element shows when several of its texts are pending: the most urgent wins.</extracomment>
        <translation>过时</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>to review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>too long by %1 px</source>
        <translation>超出 %1 像素</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>document title</source>
        <translation>文档标题</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>complete</source>
        <translation>完整</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 missing, %2 stale, %3 to review, %4 too long</source>
        <translation>缺失 %1，过时 %2，待审核 %3，过长 %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 missing</source>
        <translation>缺失 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 stale</source>
        <translation>过时 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to review</source>
        <translation>待审核 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 too long</source>
        <translation>过长 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The diagram has no translations yet. Use Language &gt; Translate Diagram… to add some.</source>
        <translation>该图表还没有翻译。使用“语言 &gt; 翻译图表…”添加翻译。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 languages complete and fitting.</source>
        <translation>%2 种语言中有 %1 种已完整且排版合适。</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Element</source>
        <translation>元素</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When text does not fi&amp;t:</source>
        <translation>文本放不下时(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave as is</source>
        <translation>保持不变</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shrink the text</source>
        <translation>缩小文本</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grow the box</source>
        <translation>放大方框</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Shrink Text</source>
        <translation>缩小文本(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shrink the chosen elements&apos; text to fit (down to its minimum size)</source>
        <translation>缩小所选元素的文本以放得下（不小于其最小字号）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Grow Box</source>
        <translation>放大方框(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grow the chosen elements until their text fits in every language</source>
        <translation>放大所选元素，直到其文本在每种语言中都放得下</translation>
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
            <numerusform>已选择 %n 个</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NumberField</name>
    <message>
        <location filename="../editor/app/property_editors.py" line="+56"/>
        <source>Mixed</source>
        <translation>混合</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
</context>
<context>
    <name>PropertiesDock</name>
    <message>
        <location filename="../editor/app/properties_dock.py" line="+67"/>
        <source>Palette role</source>
        <translation>调色板角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill</source>
        <translation>填充</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stroke</source>
        <translation>描边</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stroke width</source>
        <translation>描边宽度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dash</source>
        <translation>线型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corner radius</source>
        <translation>圆角半径</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opacity</source>
        <translation>不透明度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand-drawn</source>
        <translation>手绘</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roughness</source>
        <translation>粗糙度</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Font</source>
        <translation>字体</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Font size</source>
        <translation>字号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text colour</source>
        <translation>文字颜色</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Routing</source>
        <translation>走线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start head</source>
        <translation>起点箭头</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End head</source>
        <translation>终点箭头</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shape</source>
        <translation>形状</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+20"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+18"/>
        <location line="+11"/>
        <source>Arrow</source>
        <translation>箭头</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>On</source>
        <translation>开</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Off</source>
        <translation>关</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Box</source>
        <translation>方框</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frame</source>
        <translation>框架</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image</source>
        <translation>图像</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Triangle</source>
        <translation>三角形</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Circle</source>
        <translation>圆形</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>Diamond</source>
        <translation>菱形</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Solid</source>
        <translation>实线</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dashed</source>
        <translation>虚线</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dotted</source>
        <translation>点线</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Straight</source>
        <translation>直线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right-angled</source>
        <translation>直角</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curved</source>
        <translation>曲线</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rectangle</source>
        <translation>矩形</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ellipse</source>
        <translation>椭圆</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cylinder</source>
        <translation>圆柱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cloud</source>
        <translation>云</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actor</source>
        <translation>参与者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hexagon</source>
        <translation>六边形</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parallelogram</source>
        <translation>平行四边形</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stadium</source>
        <translation>跑道形</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read path</source>
        <translation>读取路径</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write path</source>
        <translation>写入路径</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accent</source>
        <translation>强调</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+7"/>
        <source>Note</source>
        <translation>注释</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>Outline</source>
        <translation>轮廓</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Caution</source>
        <translation>警示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Muted</source>
        <translation>柔和</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Nothing selected. Select elements on the canvas to edit their style.</source>
        <translation>未选择任何内容。在画布上选择元素即可编辑其样式。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 “%2”</source>
        <translation>%1“%2”</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n elements selected</source>
        <translation>
            <numerusform>已选择 %n 个元素</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../editor/app/recovery_dialog.py" line="+75"/>
        <source>Recover Unsaved Work</source>
        <translation>恢复未保存的工作</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Diagram Editor closed unexpectedly. Unsaved changes to “%1” from %2 were kept.</source>
        <translation>Diagram Editor 意外关闭。已保留 %2 时对“%1”所做的未保存更改。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare with Saved File</source>
        <translation>与已保存的文件比较</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The recovered diagram is the same as the saved file.</source>
        <translation>恢复的图表与已保存的文件相同。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../editor/app/dialogs.py" line="-129"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interface</source>
        <translation>界面</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New diagrams</source>
        <translation>新图表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canvas</source>
        <translation>画布</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content translation</source>
        <translation>内容翻译</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+70"/>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Theme for new diagrams</source>
        <translation>新图表的主题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grid size for new diagrams</source>
        <translation>新图表的网格大小</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snapping</source>
        <translation>吸附</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Autosave every</source>
        <translation>自动保存间隔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>…and after this many edits</source>
        <translation>…以及编辑次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider</source>
        <translation>服务提供方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Whiteboard</source>
        <translation>白板</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clean</source>
        <translation>简洁</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the grid in new diagrams</source>
        <translation>在新图表中显示网格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snap to the grid and to other elements</source>
        <translation>吸附到网格和其他元素</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API keys are kept in your user settings only; they are never written into a diagram.</source>
        <translation>API 密钥仅保存在您的用户设置中，绝不会写入图表。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Translation memory…</source>
        <translation>翻译记忆库…</translation>
    </message>
</context>
<context>
    <name>Shapes</name>
    <message>
        <location filename="../editor/app/shapes_dock.py" line="+58"/>
        <source>%1: click to add it in the middle of the view, or drag it onto the canvas</source>
        <extracomment>The narrowest cell and every cell&apos;s height; cells widen to share the dock&apos;s width evenly. Pixels a row keeps free: QListView wraps a row whose cells fill the viewport exactly. Pixels around a cell&apos;s text: the item padding and the view&apos;s own margins on both sides.</extracomment>
        <translation>%1：单击将其添加到视图中央，或将其拖到画布上</translation>
    </message>
    <message>
        <location filename="../editor/app/palette_entries.py" line="+64"/>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handles requests</source>
        <translation>处理请求</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stores records</source>
        <translation>存储记录</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cache</source>
        <translation>缓存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keeps hot data in memory</source>
        <translation>在内存中保存热点数据</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buffers messages</source>
        <translation>缓冲消息</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Worker</source>
        <translation>工作进程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs background jobs</source>
        <translation>运行后台任务</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browser or app</source>
        <translation>浏览器或应用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Box</source>
        <translation>方框</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heading</source>
        <translation>小标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caption</source>
        <translation>说明文字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Callout</source>
        <translation>标注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>注释</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frame</source>
        <translation>框架</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rectangle</source>
        <translation>矩形</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ellipse</source>
        <translation>椭圆</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diamond</source>
        <translation>菱形</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cylinder</source>
        <translation>圆柱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cloud</source>
        <translation>云</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actor</source>
        <translation>参与者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hexagon</source>
        <translation>六边形</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parallelogram</source>
        <translation>平行四边形</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stadium</source>
        <translation>跑道形</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sticky note</source>
        <translation>便利贴</translation>
    </message>
</context>
<context>
    <name>ShapesDock</name>
    <message>
        <location filename="../editor/app/shapes_dock.py" line="+286"/>
        <source>Shapes</source>
        <translation>形状</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search shapes and icons</source>
        <translation>搜索形状和图标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boxes</source>
        <translation>方框</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outlines</source>
        <translation>轮廓</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text and Layout</source>
        <translation>文本与布局</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Icons</source>
        <translation>图标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing matches.</source>
        <translation>没有匹配项。</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../editor/app/dialogs.py" line="+73"/>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
</context>
<context>
    <name>StyleQuickBar</name>
    <message>
        <location filename="../editor/app/style_quick_bar.py" line="+257"/>
        <source>Palette role: %1</source>
        <extracomment>Room (viewport pixels) between the selection and the bar, and how often a hidden bar looks again whether the text being edited was closed (closing without a change sends no signal). A style was copied (Paste Style becomes available). The Properties panel&apos;s names for palette roles and dashes, in the interface language.</extracomment>
        <translation>调色板角色：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hand-drawn on or off</source>
        <translation>手绘开关</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <location filename="../editor/app/template_dialog.py" line="+156"/>
        <source>New from Template</source>
        <translation>从模板新建</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a new diagram from a ready-made layout, in your language when the template has it.</source>
        <translation>从现成的布局新建图表；如果模板提供您所用的语言，将以该语言打开。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create</source>
        <translation>创建</translation>
    </message>
</context>
<context>
    <name>TranslateDialog</name>
    <message>
        <location filename="../editor/app/translate_dialog.py" line="+183"/>
        <source>“%1” is not a language tag (write tags such as pt-PT or zh-Hant).</source>
        <extracomment>Offered with a checkbox each; anything else goes in the free field as a BCP 47 tag.</extracomment>
        <translation>“%1”不是语言标记（请写成 pt-PT 或 zh-Hant 这样的标记）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose at least one language to translate into.</source>
        <translation>请至少选择一种目标语言。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Translating into %1…</source>
        <translation>正在翻译为 %1…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelling… (waiting for the requests under way)</source>
        <translation>正在取消…（等待进行中的请求）</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+89"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="-89"/>
        <location line="+89"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>%1 of %2 strings translated (%3), %4 requests</source>
        <translation>已翻译 %1/%2 个字符串（%3），%4 个请求</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Done: %1 strings into %2 with %3 requests.</source>
        <translation>完成：%1 个字符串已翻译为 %2，共 %3 个请求。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Translation failed: %1
The diagram is unchanged; strings translated before the failure are kept for the next try.</source>
        <translation>翻译失败：%1
图表未更改；失败前已翻译的字符串会保留，供下次使用。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelled after %1 of %2 strings. The diagram is unchanged.</source>
        <translation>已在 %1/%2 个字符串后取消。图表未更改。</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n language(s) chosen</source>
        <translation>
            <numerusform>已选择 %n 种语言</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No language chosen</source>
        <translation>未选择语言</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Translate Diagram</source>
        <translation>翻译图表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translate into:</source>
        <translation>翻译为：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other languages:</source>
        <translation>其他语言：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider:</source>
        <translation>服务提供方：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server address:</source>
        <translation>服务器地址：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait per request:</source>
        <translation>每个请求的等待时间：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BCP 47 language tags, separated by commas</source>
        <translation>BCP 47 语言标记，以逗号分隔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only missing and stale strings (keep existing translations)</source>
        <translation>仅缺失和过时的字符串（保留现有翻译）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Translate</source>
        <translation>翻译(&amp;T)</translation>
    </message>
</context>
<context>
    <name>TranslationMemoryDialog</name>
    <message>
        <location filename="../editor/app/memory_dialog.py" line="+81"/>
        <source>Translation memory</source>
        <translation>翻译记忆库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Provider</source>
        <translation>提供方</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Entries</source>
        <translation>条目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export TMX…</source>
        <translation>导出 TMX…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import TMX…</source>
        <translation>导入 TMX…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear…</source>
        <translation>清除…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+22"/>
        <source>All languages</source>
        <translation>所有语言</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+22"/>
        <source>All providers</source>
        <translation>所有提供方</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+13"/>
        <source>people, imports</source>
        <translation>人工、导入</translation>
    </message>
    <message numerus="yes">
        <location line="-9"/>
        <source>%n entries in all</source>
        <translation>
            <numerusform>共 %n 个条目</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+9"/>
        <source>Export TMX</source>
        <translation>导出 TMX</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Exported %n entries to %1.</source>
        <translation>
            <numerusform>已将 %n 个条目导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>Import TMX</source>
        <translation>导入 TMX</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Imported %n entries from %1.</source>
        <translation>
            <numerusform>已从 %1 导入 %n 个条目。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Delete %n entries from the translation memory? This cannot be undone.</source>
        <translation>
            <numerusform>要从翻译记忆库中删除 %n 个条目吗？此操作无法撤销。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear translation memory</source>
        <translation>清除翻译记忆库</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Deleted %n entries.</source>
        <translation>
            <numerusform>已删除 %n 个条目。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../editor/app/window_actions.py" line="+14"/>
        <source>The templates could not be read: %1</source>
        <translation>无法读取模板：%1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Export Failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported %1 (%2 KB)</source>
        <translation>已导出 %1（%2 KB）</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Auto Layout</source>
        <translation>自动布局</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>About Diagram Editor</source>
        <translation>关于 Diagram Editor</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../editor/app/window_menus.py" line="+66"/>
        <source>Clear Recent Files</source>
        <translation>清除最近打开的文件</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diagram language</source>
        <translation>图表语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tools</source>
        <translation>工具</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Undo %1</source>
        <translation>撤销 %1(&amp;U)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo %1</source>
        <translation>重做 %1(&amp;R)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
</context>
<context>
    <name>WindowParts</name>
    <message>
        <location filename="../editor/app/window_parts.py" line="+88"/>
        <source>Image %1 takes too long to draw; it is shown crossed out and export refuses it.</source>
        <translation>图像 %1 绘制耗时过长；它以叉号显示，导出时也会被拒绝。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened</source>
        <translation>已打开</translation>
    </message>
</context>
</TS>
