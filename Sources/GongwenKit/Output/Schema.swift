/// The JSON Schema of `gongwen/1`: what `gongwen schema` prints and what the tests check
/// every output of `Corpus/` against. Adding an optional field is compatible; renaming,
/// dropping or changing one needs `gongwen/2`.
public enum GongwenSchema {
    public static let json = #"""
{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://gongwen.example/schema/gongwen-1.json",
  "title": "gongwen/1: one parsed input file",
  "type": "object",
  "required": ["schema", "source", "documents", "warnings"],
  "properties": {
    "schema": {"const": "gongwen/1"},
    "parser": {"type": "string"},
    "source": {
      "type": "object",
      "required": ["path", "encoding", "sha256", "bytes"],
      "properties": {
        "path": {"type": "string"},
        "encoding": {"type": "string"},
        "sha256": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
        "bytes": {"type": "integer", "minimum": 0}
      }
    },
    "documents": {"type": "array", "items": {"$ref": "#/$defs/Document"}},
    "warnings": {
      "type": "array",
      "items": {
        "type": "object",
        "required": ["code", "message", "line"],
        "properties": {
          "code": {"type": "string"},
          "message": {"type": "string"},
          "line": {"type": ["integer", "null"]}
        }
      }
    }
  },
  "$defs": {
    "Span": {"type": "array", "items": {"type": "integer", "minimum": 0}, "minItems": 2, "maxItems": 2},
    "Line": {"type": "integer", "minimum": 1},
    "Date": {"type": ["string", "null"], "pattern": "^(\\d{4}(-\\d{2}(-\\d{2})?)?|--\\d{2}(-\\d{2})?)$"},
    "Names": {"type": ["array", "null"], "items": {"type": "string"}},
    "Paragraph": {
      "type": "object",
      "required": ["text", "line", "span"],
      "properties": {"text": {"type": "string"}, "line": {"$ref": "#/$defs/Line"}, "span": {"$ref": "#/$defs/Span"}}
    },
    "Document": {
      "type": "object",
      "required": ["index", "title", "kind", "date", "lines", "sections", "directives", "deadlines", "percentages", "responsibilities"],
      "properties": {
        "index": {"type": "integer", "minimum": 0},
        "title": {"type": ["string", "null"]},
        "kind": {"enum": ["speech", "minutes", "report", "summary", "plan", "notice", "other"]},
        "date": {"$ref": "#/$defs/Date"},
        "lines": {"type": "array", "items": {"$ref": "#/$defs/Line"}, "minItems": 2, "maxItems": 2},
        "docNumber": {"type": ["string", "null"]},
        "issuer": {"type": ["string", "null"]},
        "addressees": {"$ref": "#/$defs/Names"},
        "chair": {"$ref": "#/$defs/Names"},
        "attendees": {"$ref": "#/$defs/Names"},
        "absent": {"$ref": "#/$defs/Names"},
        "outline": {
          "type": "array",
          "items": {
            "type": "object",
            "required": ["marker", "title", "line", "span"],
            "properties": {"marker": {"type": "string"}, "title": {"type": "string"}, "line": {"$ref": "#/$defs/Line"}, "span": {"$ref": "#/$defs/Span"}}
          }
        },
        "preamble": {"type": "array", "items": {"$ref": "#/$defs/Paragraph"}},
        "sections": {"type": "array", "items": {"$ref": "#/$defs/Section"}},
        "directives": {"type": "array", "items": {"$ref": "#/$defs/Directive"}},
        "deadlines": {"type": "array", "items": {"$ref": "#/$defs/Deadline"}},
        "percentages": {"type": "array", "items": {"$ref": "#/$defs/Percentage"}},
        "responsibilities": {"type": "array", "items": {"$ref": "#/$defs/Responsibility"}}
      }
    },
    "Section": {
      "type": "object",
      "required": ["marker", "style", "ordinal", "title", "line", "span", "inline", "children"],
      "properties": {
        "marker": {"type": "string"},
        "style": {"type": "string"},
        "ordinal": {"type": ["integer", "null"], "minimum": 1},
        "title": {"type": "string"},
        "line": {"$ref": "#/$defs/Line"},
        "span": {"$ref": "#/$defs/Span"},
        "inline": {"type": "boolean"},
        "children": {"type": "array", "items": {"$ref": "#/$defs/Section"}},
        "body": {"type": "array", "items": {"$ref": "#/$defs/Paragraph"}}
      }
    },
    "Directive": {
      "type": "object",
      "required": ["text", "modality", "line", "span"],
      "properties": {
        "text": {"type": "string"},
        "modality": {"enum": ["must", "should", "prohibit", "encourage", "decide"]},
        "cue": {"type": ["string", "null"]},
        "line": {"$ref": "#/$defs/Line"},
        "span": {"$ref": "#/$defs/Span"},
        "section": {"type": "array", "items": {"type": "string"}},
        "deadlines": {"type": "array", "items": {"type": "string"}},
        "parties": {"type": "array", "items": {"type": "string"}}
      }
    },
    "Deadline": {
      "type": "object",
      "required": ["text", "date", "relation", "line", "span"],
      "properties": {
        "text": {"type": "string"},
        "date": {"$ref": "#/$defs/Date"},
        "relation": {"enum": ["by", "on", "from", "within"]},
        "line": {"$ref": "#/$defs/Line"},
        "span": {"$ref": "#/$defs/Span"}
      }
    },
    "Percentage": {
      "type": "object",
      "required": ["text", "value", "unit", "qualifier", "line", "span"],
      "properties": {
        "text": {"type": "string"},
        "value": {"type": ["number", "null"]},
        "unit": {"enum": ["percent", "point", "permille"]},
        "qualifier": {"enum": ["eq", "gt", "gte", "lt", "lte", "approx"]},
        "subject": {"type": ["string", "null"]},
        "change": {"enum": ["up", "down", null]},
        "line": {"$ref": "#/$defs/Line"},
        "span": {"$ref": "#/$defs/Span"}
      }
    },
    "Responsibility": {
      "type": "object",
      "required": ["party", "partyType", "role", "duty", "task", "deadline", "line", "span"],
      "properties": {
        "party": {"type": "string"},
        "partyType": {"enum": ["person", "org", "role"]},
        "role": {"type": ["string", "null"]},
        "duty": {"enum": ["lead", "support", "owner"]},
        "task": {"type": "string"},
        "deadline": {"$ref": "#/$defs/Date"},
        "line": {"$ref": "#/$defs/Line"},
        "span": {"$ref": "#/$defs/Span"}
      }
    }
  }
}

"""#
}
