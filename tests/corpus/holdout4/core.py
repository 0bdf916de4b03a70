"""Span-recording document builder and structured emitters (stdlib only)."""
import json

class L:
    __slots__ = ("type", "value")
    def __init__(self, t, v):
        self.type, self.value = t, v

class Doc:
    def __init__(self):
        self.buf = []; self.n = 0; self.ents = []
    def _app(self, s):
        self.buf.append(s); self.n += len(s)
    def add(self, *items):
        for it in items:
            if it is None: continue
            if isinstance(it, L):
                st = self.n; self._app(it.value); self.ents.append({"type": it.type, "start": st, "end": self.n})
            elif isinstance(it, (list, tuple)):
                self.add(*it)
            else:
                self._app(str(it))
        return self
    def line(self, *items):
        self.add(*items); self._app("\n"); return self
    @property
    def text(self):
        return "".join(self.buf)

    # ---- JSON ----
    def json(self, obj, indent=2, level=0, compact=False):
        sp = "" if compact else "\n"
        pad = lambda k: "" if compact else " " * (indent * k)
        if isinstance(obj, dict):
            if not obj: self._app("{}"); return
            self._app("{" + sp)
            items = list(obj.items())
            for j, (k, v) in enumerate(items):
                self._app(pad(level + 1) + json.dumps(k, ensure_ascii=False) + (": " if not compact else ":"))
                self.json(v, indent, level + 1, compact)
                self._app(("," if j < len(items) - 1 else "") + sp)
            self._app(pad(level) + "}")
        elif isinstance(obj, list):
            if not obj: self._app("[]"); return
            self._app("[" + sp)
            for j, v in enumerate(obj):
                self._app(pad(level + 1)); self.json(v, indent, level + 1, compact)
                self._app(("," if j < len(obj) - 1 else "") + sp)
            self._app(pad(level) + "]")
        elif isinstance(obj, L):
            enc = json.dumps(obj.value, ensure_ascii=False)
            self._app('"'); self.add(L(obj.type, enc[1:-1])); self._app('"')
        else:
            self._app(json.dumps(obj, ensure_ascii=False))

    # ---- CSV / TSV ----
    def row(self, cells, delim=",", quote_all=False, end="\n"):
        for j, c in enumerate(cells):
            if j: self._app(delim)
            v = c.value if isinstance(c, L) else str(c)
            need = quote_all or any(ch in v for ch in (delim, '"', "\n", "\r"))
            if need:
                esc = v.replace('"', '""')
                self._app('"')
                if isinstance(c, L): self.add(L(c.type, esc))
                else: self._app(esc)
                self._app('"')
            else:
                self.add(c)
        self._app(end)

    # ---- YAML ----
    def yaml_kv(self, key, val, level=0):
        pad = "  " * level
        if isinstance(val, dict):
            self._app(f"{pad}{key}:\n")
            for k, v in val.items(): self.yaml_kv(k, v, level + 1)
            return
        if isinstance(val, list):
            self._app(f"{pad}{key}:\n")
            for v in val:
                if isinstance(v, dict):
                    first = True
                    for k2, v2 in v.items():
                        if first:
                            self._app(f"{pad}  - "); self._yaml_inline(k2, v2, level + 2); first = False
                        else:
                            self.yaml_kv(k2, v2, level + 2)
                else:
                    self._app(f"{pad}  - "); self._yaml_scalar(v, level + 2); self._app("\n")
            return
        self._app(f"{pad}{key}: "); self._yaml_scalar(val, level + 1); self._app("\n")

    def _yaml_inline(self, k, v, level):
        if isinstance(v, (dict, list)):
            raise ValueError("nested in list item first key")
        self._app(f"{k}: "); self._yaml_scalar(v, level); self._app("\n")

    def _yaml_scalar(self, v, level):
        s = v.value if isinstance(v, L) else v
        if isinstance(s, str) and "\n" in s:
            pad = "  " * level
            self._app("|\n" + pad)
            lines = s.split("\n")
            ind = ("\n" + pad).join(lines)
            if isinstance(v, L): self.add(L(v.type, ind))
            else: self._app(ind)
            return
        if not isinstance(s, str):
            self._app(json.dumps(s)); return
        special = (s == "" or s[0] in "-?:,[]{}#&*!|>'\"%@`0123456789+" or ": " in s or " #" in s or s.lower() in ("yes", "no", "true", "false", "null", "on", "off")
                   or s.endswith(":"))
        if special:
            enc = json.dumps(s, ensure_ascii=False)
            self._app('"')
            if isinstance(v, L): self.add(L(v.type, enc[1:-1]))
            else: self._app(enc[1:-1])
            self._app('"')
        else:
            self.add(v if isinstance(v, L) else s)

    # ---- fixed width ----
    def cellw(self, v, w):
        s = v.value if isinstance(v, L) else str(v)
        self.add(v); self._app(" " * max(1, w - len(s)))
