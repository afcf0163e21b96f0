#!/usr/bin/env python3
"""Development aid: adds the keys of locales/en.json that another locale lacks (in English,
marked "TODO:") and drops keys English no longer has, keeping each file's order. The build
(build.rs) and the locale test refuse missing keys; this lists what to translate."""
import json, sys
from pathlib import Path

def merge(en, other, path, todo):
    out = {}
    for k, v in en.items():
        if isinstance(v, dict):
            out[k] = merge(v, other.get(k, {}) if isinstance(other.get(k), dict) else {}, path + [k], todo)
        elif k in other and not isinstance(other[k], dict):
            out[k] = other[k]
        else:
            out[k] = "TODO: " + v
            todo.append(".".join(path + [k]))
    return out

en = json.loads(Path("locales/en.json").read_text())
for lang in ["fr", "es", "pt"]:
    p = Path(f"locales/{lang}.json")
    todo = []
    merged = merge(en, json.loads(p.read_text()) if p.exists() else {}, [], todo)
    p.write_text(json.dumps(merged, ensure_ascii=False, indent=2) + "\n")
    print(f"{lang}: {len(todo)} to translate", file=sys.stderr)
