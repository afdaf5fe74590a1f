<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CompileHandIns</name>
    <message numerus="yes">
        <location filename="../../journal_app/ui/export_dialog.py" line="+488"/>
        <source>Checking %n hand-ins…</source>
        <translation>
            <numerusform>Checking %n hand-in…</numerusform>
            <numerusform>Checking %n hand-ins…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+102"/>
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
        <location filename="../../journal_app/ui/editors/image.py" line="+497"/>
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
        <location line="+223"/>
        <source>This prompt takes at most %n pictures; remove one first.</source>
        <translation>
            <numerusform>This prompt takes at most %n picture; remove one first.</numerusform>
            <numerusform>This prompt takes at most %n pictures; remove one first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message numerus="yes">
        <location filename="../../journal_app/ui/export_dialog.py" line="-189"/>
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
        <location filename="../../journal_app/ui/timer.py" line="+69"/>
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>compile</name>
    <message numerus="yes">
        <location filename="../../journal_app/export/compile/report.py"/>
        <source>%n answers to prompts this version of the pack does not have (or that no longer fit them) are left out of the outcome document and are in the CSV.</source>
        <translation>
            <numerusform>%n answer to a prompt this version of the pack does not have (or that no longer fits it) is left out of the outcome document and is in the CSV.</numerusform>
            <numerusform>%n answers to prompts this version of the pack does not have (or that no longer fit them) are left out of the outcome document and are in the CSV.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journal_app/export/compile/report.py"/>
        <source>%n answers to prompts this version of the pack does not have (or that no longer fit them) are left out of the outcome document and are in the spreadsheet.</source>
        <translation>
            <numerusform>%n answer to a prompt this version of the pack does not have (or that no longer fits it) is left out of the outcome document and is in the spreadsheet.</numerusform>
            <numerusform>%n answers to prompts this version of the pack does not have (or that no longer fit them) are left out of the outcome document and are in the spreadsheet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journal_app/export/compile/report.py"/>
        <source>%n answers to prompts this version of the pack does not have (or that no longer fit them) are left out of the outcome document.</source>
        <translation>
            <numerusform>%n answer to a prompt this version of the pack does not have (or that no longer fits it) is left out of the outcome document.</numerusform>
            <numerusform>%n answers to prompts this version of the pack does not have (or that no longer fit them) are left out of the outcome document.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journal_app/export/compile/story.py"/>
        <source>%n answers to prompts this version of the pack does not have, or that no longer fit their prompt, are left out here ({prompts}).</source>
        <translation>
            <numerusform>%n answer to a prompt this version of the pack does not have, or that no longer fits its prompt, is left out here ({prompts}).</numerusform>
            <numerusform>%n answers to prompts this version of the pack does not have, or that no longer fit their prompt, are left out here ({prompts}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journal_app/export/compile/story.py"/>
        <source>%n answers to prompts this version of the pack does not have, or that no longer fit their prompt, are left out here and kept in the CSV ({prompts}).</source>
        <translation>
            <numerusform>%n answer to a prompt this version of the pack does not have, or that no longer fits its prompt, is left out here and kept in the CSV ({prompts}).</numerusform>
            <numerusform>%n answers to prompts this version of the pack does not have, or that no longer fit their prompt, are left out here and kept in the CSV ({prompts}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journal_app/export/compile/report.py"/>
        <source>Compiled %n hand-ins into {docx}.</source>
        <translation>
            <numerusform>Compiled %n hand-in into {docx}.</numerusform>
            <numerusform>Compiled %n hand-ins into {docx}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journal_app/export/compile/report.py"/>
        <source>Compiled %n hand-ins into {pdf} ({pages} pages) and {docx}.</source>
        <translation>
            <numerusform>Compiled %n hand-in into {pdf} ({pages} pages) and {docx}.</numerusform>
            <numerusform>Compiled %n hand-ins into {pdf} ({pages} pages) and {docx}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journal_app/export/compile/report.py"/>
        <source>Compiled %n hand-ins into {pdf} ({pages} pages).</source>
        <translation>
            <numerusform>Compiled %n hand-in into {pdf} ({pages} pages).</numerusform>
            <numerusform>Compiled %n hand-ins into {pdf} ({pages} pages).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journal_app/export/compile/story.py"/>
        <source>Compiled from %n hand-ins</source>
        <translation>
            <numerusform>Compiled from %n hand-in</numerusform>
            <numerusform>Compiled from %n hand-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journal_app/export/submissions.py"/>
        <source>Left out: %n pictures beyond what their prompt takes in this pack version.</source>
        <translation>
            <numerusform>Left out: %n picture beyond what its prompt takes in this pack version.</numerusform>
            <numerusform>Left out: %n pictures beyond what their prompt takes in this pack version.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journal_app/export/submissions.py"/>
        <source>Left out: %n pictures in another format than JPEG, PNG or WebP (HEIC…).</source>
        <translation>
            <numerusform>Left out: %n picture in another format than JPEG, PNG or WebP (HEIC…).</numerusform>
            <numerusform>Left out: %n pictures in another format than JPEG, PNG or WebP (HEIC…).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journal_app/export/submissions.py"/>
        <source>Left out: %n pictures named in an export but not in its media folder.</source>
        <translation>
            <numerusform>Left out: %n picture named in an export but not in its media folder.</numerusform>
            <numerusform>Left out: %n pictures named in an export but not in its media folder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journal_app/export/submissions.py"/>
        <source>Left out: %n pictures of an export without media (the zip with media has them).</source>
        <translation>
            <numerusform>Left out: %n picture of an export without media (the zip with media has it).</numerusform>
            <numerusform>Left out: %n pictures of an export without media (the zip with media has them).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journal_app/export/submissions.py"/>
        <source>Left out: %n submissions not approved in KoboToolbox&apos;s validation.</source>
        <translation>
            <numerusform>Left out: %n submission not approved in KoboToolbox&apos;s validation.</numerusform>
            <numerusform>Left out: %n submissions not approved in KoboToolbox&apos;s validation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journal_app/export/submissions.py"/>
        <source>Left out: %n submissions rejected in ODK Central&apos;s review.</source>
        <translation>
            <numerusform>Left out: %n submission rejected in ODK Central&apos;s review.</numerusform>
            <numerusform>Left out: %n submissions rejected in ODK Central&apos;s review.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journal_app/export/compile/synthesis.py"/>
        <source>{answered} of %n participants answered ({share}).</source>
        <translation>
            <numerusform>{answered} of %n participant answered ({share}).</numerusform>
            <numerusform>{answered} of %n participants answered ({share}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journal_app/export/compile/appendix.py"/>
        <source>{answered} of %n participants answered.</source>
        <translation>
            <numerusform>{answered} of %n participant answered.</numerusform>
            <numerusform>{answered} of %n participants answered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journal_app/export/compile/synthesis.py"/>
        <source>… and %n more pictures.</source>
        <translation>
            <numerusform>… and %n more picture.</numerusform>
            <numerusform>… and %n more pictures.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journal_app/export/compile/synthesis.py"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journal_app/export/compile/synthesis.py"/>
        <source>… and %n other answers.</source>
        <translation>
            <numerusform>… and %n other answer.</numerusform>
            <numerusform>… and %n other answers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>packs</name>
    <message numerus="yes">
        <location filename="../../journal_app/packs/loader.py"/>
        <source>{problem} (and %n more problems)</source>
        <translation>
            <numerusform>{problem} (and %n more problem)</numerusform>
            <numerusform>{problem} (and %n more problems)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>store</name>
    <message numerus="yes">
        <location filename="../../journal_app/store/repository.py"/>
        <source>The prompt {prompt} takes at most %n pictures.</source>
        <translation>
            <numerusform>The prompt {prompt} takes at most %n picture.</numerusform>
            <numerusform>The prompt {prompt} takes at most %n pictures.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journal_app/store/repository.py"/>
        <source>This prompt takes at most %n pictures; remove one first.</source>
        <translation>
            <numerusform>This prompt takes at most %n picture; remove one first.</numerusform>
            <numerusform>This prompt takes at most %n pictures; remove one first.</numerusform>
        </translation>
    </message>
</context>
</TS>
