"""The public website of the dialogues' results (`tiepxuc publish`): plain HTML and CSS with a
small search script, open data (CSV, JSON) and an Atom feed, written into an empty folder.

- collect.py: what a unit publishes, read off its records: only the fields the site shows,
  only the records and texts the unit publishes, every text passed through the privacy scan
  (a hit is a problem at the record's file and line, never a silent redaction);
- pages.py: the pages, the data files, the feed and the search index, written from that;
- build.py: the whole site for a unit or a roll-up (each unit in a worker process when the
  roll-up is big), written next to the old one and swapped in only when complete.
"""
