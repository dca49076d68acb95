"""English texts for broken and hostile input (files the loader refuses)."""

TEXTS: dict[str, str] = {
    # ------------------------------------------------------------ files that are not read
    "repo.unreadable_too_large": (
        "The file is {size_kb} kB, over the limit of {limit_kb} kB for a record file, so it is not "
        "read. A record is a few kB: remove text or images pasted in by mistake; keep attached "
        "documents outside the record folders"
    ),
    "repo.unreadable_utf16": (
        "The file is in {encoding} (Notepad calls it “Unicode”), not UTF-8. Open it in Notepad, "
        "choose File > Save As, set Encoding to UTF-8 and save over it; or in VS Code click the "
        "encoding in the status bar > Save with Encoding > UTF-8"
    ),
    "repo.unreadable_utf32": (
        "The file is in {encoding}, not UTF-8. Open it in VS Code, click the encoding in the status "
        "bar > Save with Encoding > UTF-8"
    ),
    "repo.unreadable_cp1258": (
        "The file looks like Windows-1258 (Vietnamese “ANSI” on Vietnamese Windows), not UTF-8; "
        "the first unreadable character is here. Open it in Notepad, choose File > Save As, set "
        "Encoding to UTF-8 and save over it; or run: iconv -f CP1258 -t UTF-8 old.yaml > new.yaml"
    ),
    "repo.unreadable_tcvn3": (
        "The file looks typed in TCVN3 (ABC, the .Vn… fonts), not Unicode UTF-8; the first "
        "unreadable character is here. Convert it with Unikey Toolkit (Ctrl+Shift+F6, source "
        "TCVN3 (ABC), target Unicode), then save the file as UTF-8"
    ),
    "repo.unreadable_latin1": (
        "The file looks like Latin-1 / Windows-1252 (or Windows-1258), not UTF-8; the first "
        "unreadable character is here. Open it in Notepad, choose File > Save As, set Encoding to "
        "UTF-8 and save over it, then check the accented letters"
    ),
    "repo.unreadable_binary": (
        "The file is not text (perhaps a Word, PDF, image or archive file named .yaml), so it is "
        "not read. Records are YAML text in UTF-8; keep attached documents outside the record "
        "folders"
    ),
    "repo.link_outside": (
        "The file is a symbolic link leading outside the repository, to {target}, so it is not "
        "read. Copy the file into the repository instead of the link, or remove the link"
    ),
    "repo.link_outside_folder": (
        "The folder is a symbolic link leading outside the repository, to {target}, so its files "
        "are not read. Copy the folder into the repository instead of the link, or remove the link"
    ),
    "repo.link_broken": (
        "The file is a symbolic link to {target}, where there is no file. Fix or remove the link"
    ),
    "repo.unreadable_folder": (
        "Cannot open this folder (check the folder's permissions), so the records in it are not "
        "read"
    ),
    # ------------------------------------------------------------ YAML
    "yaml.merge_conflict": (
        "The file was left half-merged by git (merge): two changes to the same place, so git "
        "copied both versions into the file between conflict marker lines, on line {lines}. Open "
        "the file and at each place keep the right version (after “<<<<<<<” is your branch's, "
        "after “=======” the merged branch's, after “|||||||” if present the original), delete the "
        "marker lines; then run “git add” on this file and “git commit” to finish the merge. Or "
        "give up the whole merge with “git merge --abort”"
    ),
    "yaml.merge_conflict_marker": (
        "Conflict marker line “{marker}” left by an unfinished git merge (how to fix it: see line "
        "{first}); keep the right version, then delete this line"
    ),
    "yaml.nesting": (
        "Lists and mappings nested more than {limit} levels deep from here, so the file is not "
        "read (records need a few levels). Remove the extra “[” or “{{”, or fix the indentation"
    ),
    "yaml.control_char": (
        "Control character {code} (invisible) here; YAML does not allow it. The file may be "
        "damaged or copied from elsewhere: delete and retype the text at this place"
    ),
    "yaml.unclosed_single": (
        "Missing closing single quote (') for the text opened on line {start_line}; inside single "
        "quotes, write a ' of the text as ''"
    ),
    "yaml.escape": (
        "Inside double quotes “\\” starts a special character; write “\\\\” for one “\\”, or put "
        "the text in single quotes '…'"
    ),
    "yaml.anchor_char": (
        "“&” or “*” at the start of a value has a meaning of its own in YAML (anchor, alias); if "
        "it is text, put the whole value in double quotes"
    ),
    "yaml.reserved_char": (
        "A YAML value cannot start with “{char}”; put the whole value in double quotes"
    ),
    "yaml.tag": (
        "“!” at the start of a value is a YAML type tag, which records do not use; if it is text, "
        "put the whole value in double quotes"
    ),
    "yaml.directive": (
        "A line starting with “%” is a YAML directive, which records do not use; remove the line, "
        "or put the text in double quotes"
    ),
    "yaml.block_scalar": (
        "After “|” or “>” (text over several lines) the line must end; write the text on the "
        "lines below, indented further"
    ),
    "yaml.duplicate_key_unnamed": (
        "This field name is already on line {first}; remove one of the two lines (the second "
        "value would silently replace the first)"
    ),
    # ------------------------------------------------------------ record structure
    "input.flow_comma": (
        "Inside the braces of “{field}”, commas separate fields, so the text after a comma was "
        "taken as a field of its own; if the text has a comma, put it in double quotes"
    ),
    "input.unknown_key_unnamed": (
        "The field name here is not part of the record format (perhaps text written as a field "
        "name); allowed fields: {allowed}"
    ),
    "input.enum_unnamed": "The value of “{field}” is not valid; choose one of: {choices}.",
    "input.more_problems": (
        "{count} more problems in this file, from here on; fix those above and run "
        "“tiepxuc validate” again"
    ),
    "input.unquoted": (
        "Put the value of “{field}” in double quotes: editors and other YAML tools would read it "
        "as a number (losing a leading 0) or as true/false"
    ),
    # ------------------------------------------------------------ rules
    "rule.FILE-TOO-LARGE.title": "Record files are not too large",
    "rule.FILE-TOO-LARGE.explain": (
        "A record file is a few kB. A file over the size limit (the error message gives it) is not "
        "read: it is usually long text, an image or another file pasted in or named .yaml by "
        "mistake, and reading it would slow down or stall checking the whole repository."
    ),
    "rule.FILE-TOO-LARGE.fix": (
        "Remove what was pasted by mistake; keep attached documents outside the record folders "
        "and write only their number and date in the record."
    ),
    "rule.FILE-TOO-LARGE.basis": "tiepxuc record conventions",
    "rule.YAML-NESTING.title": "No deep nesting",
    "rule.YAML-NESTING.explain": (
        "Records need a few levels of nesting (lists in mappings, mappings in lists). A file "
        "nested beyond the limit is refused before it is parsed, so that a damaged or hostile file "
        "cannot stall or crash the program."
    ),
    "rule.YAML-NESTING.fix": "Remove the extra brackets or braces; fix the indentation.",
    "rule.YAML-NESTING.basis": "tiepxuc record conventions",
    "rule.MERGE-CONFLICT.title": "No conflict markers left by an unfinished git merge",
    "rule.MERGE-CONFLICT.explain": (
        "When two people, two branches or two clones change the same place of a file, “git merge” "
        "(or “git pull”) cannot merge it by itself: git copies both versions into the file, "
        "between the lines “<<<<<<<”, “=======”, “>>>>>>>” (and “|||||||” in diff3 style), and "
        "waits for someone to choose. Such a file is no longer a readable record; each marker line "
        "is reported with its line number."
    ),
    "rule.MERGE-CONFLICT.fix": (
        "Open the file; at each conflict keep the right version (or combine both), delete the "
        "marker lines; run “tiepxuc validate” to check, then “git add <file>” and “git commit” to "
        "finish the merge. To give up the merge and go back to before it: “git merge --abort”."
    ),
    "rule.MERGE-CONFLICT.basis": "tiepxuc record conventions",
    "rule.REF-CYCLE.title": "References between records do not go round in a circle",
    "rule.REF-CYCLE.explain": (
        "“supersedes” names the older record this one replaces; “repeats” names petitions raised "
        "earlier. A record cannot replace itself or the record that replaced it, and two "
        "petitions cannot each have been raised before the other."
    ),
    "rule.REF-CYCLE.fix": (
        "Correct the ID in supersedes or repeats to the older record; remove references to the "
        "record itself."
    ),
    "rule.REF-CYCLE.basis": "tiepxuc record conventions",
    "rule.REF-CYCLE.self_supersedes": (
        "Record “{id}” names itself in supersedes; supersedes is the ID of the older record it "
        "replaces"
    ),
    "rule.REF-CYCLE.supersedes": (
        "The supersedes chain goes round in a circle: {cycle}; a record only replaces an older one"
    ),
    "rule.REF-CYCLE.self_repeats": (
        "Petition “{id}” names itself in repeats; repeats names only petitions raised earlier"
    ),
    "rule.REF-CYCLE.repeats": (
        "Repeated petitions (repeats) go round in a circle: {cycle}; a petition names only "
        "petitions raised before it"
    ),
}
