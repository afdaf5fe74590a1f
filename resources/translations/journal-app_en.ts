<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CompileHandIns</name>
    <message numerus="yes">
        <location filename="../../journal_app/ui/export_dialog.py" line="+276"/>
        <source>Compiling %n hand-ins…</source>
        <translation>
            <numerusform>Compiling %n hand-in…</numerusform>
            <numerusform>Compiling %n hand-ins…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageEditor</name>
    <message numerus="yes">
        <location filename="../../journal_app/ui/editors/image.py" line="+419"/>
        <source>{0} of %n pictures</source>
        <translation>
            <numerusform>{0} of %n picture</numerusform>
            <numerusform>{0} of %n pictures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+71"/>
        <source>{0} was not added: this prompt takes at most %n pictures.</source>
        <translation>
            <numerusform>{0} was not added: this prompt takes at most %n picture.</numerusform>
            <numerusform>{0} was not added: this prompt takes at most %n pictures.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+221"/>
        <source>This prompt takes at most %n pictures; remove one first.</source>
        <translation>
            <numerusform>This prompt takes at most %n picture; remove one first.</numerusform>
            <numerusform>This prompt takes at most %n pictures; remove one first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../journal_app/ui/main_window.py" line="+319"/>
        <source>{0} of %n done</source>
        <translation>
            <numerusform>{0} of %n done</numerusform>
            <numerusform>{0} of %n done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{0} of %n prompts done</source>
        <translation>
            <numerusform>{0} of %n prompt done</numerusform>
            <numerusform>{0} of %n prompts done</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message numerus="yes">
        <location filename="../../journal_app/ui/export_dialog.py" line="-56"/>
        <source>The PDF is ready: {0} (%n pages).</source>
        <translation>
            <numerusform>The PDF is ready: {0} (%n page).</numerusform>
            <numerusform>The PDF is ready: {0} (%n pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimerWidget</name>
    <message numerus="yes">
        <location filename="../../journal_app/ui/timer.py" line="+46"/>
        <source>⏱ %n minutes</source>
        <translation>
            <numerusform>⏱ %n minute</numerusform>
            <numerusform>⏱ %n minutes</numerusform>
        </translation>
    </message>
</context>
</TS>
