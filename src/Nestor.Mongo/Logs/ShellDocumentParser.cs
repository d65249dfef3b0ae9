using System.Globalization;
using System.Text;
using MongoDB.Bson;

namespace Nestor.Mongo.Logs;

/// <summary>
/// A tolerant reader of the shell-syntax documents that legacy (2.x–4.2) text logs print:
/// unquoted and dotted keys, <c>ObjectId('…')</c>, <c>new Date(…)</c>, <c>BinData(0, ABCD…)</c>, <c>Timestamp 0|0</c>,
/// <c>/regex/i</c>, bare hex words. Only structure and value kinds matter for shapes, so unknown values become strings;
/// an input that ends early (a truncated line) yields the part read so far with <see cref="ShellParse.Complete"/> false.
/// Linear time, bounded depth.
/// </summary>
public static class ShellDocumentParser
{
    private const int MaxDepth = 64;

    /// <summary>Parses the document that starts at <paramref name="position"/> (which must hold <c>{</c>) and moves past it.</summary>
    public static ShellParse Parse(string text, ref int position)
    {
        var parser = new Cursor(text, position);
        var document = parser.ReadDocument(0);
        position = parser.Position;
        return new ShellParse(document, parser.Complete);
    }

    /// <summary>Parses a whole string holding one document, such as the prefix kept in <c>{$truncated: "…"}</c>.</summary>
    public static ShellParse Parse(string text)
    {
        var start = text.IndexOf('{');
        if (start < 0)
        {
            return new ShellParse([], false);
        }

        return Parse(text, ref start);
    }

    private sealed class Cursor(string text, int position)
    {
        public int Position { get; private set; } = position;

        public bool Complete { get; private set; } = true;

        public BsonDocument ReadDocument(int depth)
        {
            var document = new BsonDocument { AllowDuplicateNames = true };
            if (!Expect('{'))
            {
                return document;
            }

            while (true)
            {
                SkipWhitespace();
                if (AtEnd)
                {
                    Complete = false;
                    return document;
                }

                if (Current == '}')
                {
                    Position++;
                    return document;
                }

                if (Current == ',')
                {
                    Position++;
                    continue;
                }

                var name = ReadKey();
                if (name is null)
                {
                    Complete = false;
                    SkipToSeparator();
                    continue;
                }

                SkipWhitespace();
                if (!AtEnd && Current == ':')
                {
                    Position++;
                }

                var value = ReadValue(depth + 1);
                document.Add(name, value);
            }
        }

        private BsonArray ReadArray(int depth)
        {
            var array = new BsonArray();
            Position++;
            while (true)
            {
                SkipWhitespace();
                if (AtEnd)
                {
                    Complete = false;
                    return array;
                }

                if (Current == ']')
                {
                    Position++;
                    return array;
                }

                if (Current == ',')
                {
                    Position++;
                    continue;
                }

                var before = Position;
                array.Add(ReadValue(depth + 1));
                if (Position == before)
                {
                    Position++;
                }
            }
        }

        private BsonValue ReadValue(int depth)
        {
            SkipWhitespace();
            if (AtEnd)
            {
                Complete = false;
                return BsonNull.Value;
            }

            if (depth > MaxDepth)
            {
                Complete = false;
                SkipToSeparator();
                return BsonNull.Value;
            }

            return Current switch
            {
                '{' => ReadDocument(depth),
                '[' => ReadArray(depth),
                '"' or '\'' => new BsonString(ReadQuoted()),
                '/' => ReadRegex(),
                _ => ReadWordValue(),
            };
        }

        private BsonValue ReadWordValue()
        {
            var start = Position;
            SkipToSeparator();
            var word = text.AsSpan(start, Position - start).Trim();
            if (word.Length == 0)
            {
                return BsonNull.Value;
            }

            if (word is "true")
            {
                return BsonBoolean.True;
            }

            if (word is "false")
            {
                return BsonBoolean.False;
            }

            if (word is "null" or "undefined")
            {
                return BsonNull.Value;
            }

            if (long.TryParse(word, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
            {
                return new BsonInt64(integer);
            }

            if (double.TryParse(word, NumberStyles.Float, CultureInfo.InvariantCulture, out var real))
            {
                return new BsonDouble(real);
            }

            return new BsonString(word.ToString());
        }

        // A value ends at a comma or a closing bracket outside any nested bracket, parenthesis or quotes.
        private void SkipToSeparator()
        {
            var depth = 0;
            while (!AtEnd)
            {
                var c = Current;
                if (c is '"' or '\'')
                {
                    ReadQuoted();
                    continue;
                }

                if (c is '(' or '{' or '[')
                {
                    depth++;
                }
                else if (c is ')' or '}' or ']')
                {
                    if (depth == 0)
                    {
                        return;
                    }

                    depth--;
                }
                else if (c == ',' && depth == 0)
                {
                    return;
                }

                Position++;
            }
        }

        private string? ReadKey()
        {
            if (Current is '"' or '\'')
            {
                return ReadQuoted();
            }

            var start = Position;
            while (!AtEnd && Current != ':' && Current != '}' && Current != ',' && Current != '{')
            {
                Position++;
            }

            var key = text.AsSpan(start, Position - start).Trim();
            return key.Length == 0 || AtEnd || Current != ':' ? null : key.ToString();
        }

        private string ReadQuoted()
        {
            var quote = Current;
            Position++;
            var builder = new StringBuilder();
            while (!AtEnd && Current != quote)
            {
                if (Current == '\\' && Position + 1 < text.Length)
                {
                    Position++;
                }

                builder.Append(Current);
                Position++;
            }

            if (AtEnd)
            {
                Complete = false;
            }
            else
            {
                Position++;
            }

            return builder.ToString();
        }

        private BsonValue ReadRegex()
        {
            Position++;
            var start = Position;
            while (!AtEnd && Current != '/')
            {
                if (Current == '\\')
                {
                    Position++;
                }

                Position++;
            }

            var pattern = text.Substring(start, Math.Min(Position, text.Length) - start);
            if (AtEnd)
            {
                Complete = false;
                return new BsonRegularExpression(pattern);
            }

            Position++;
            var flagsStart = Position;
            while (!AtEnd && char.IsAsciiLetter(Current))
            {
                Position++;
            }

            return new BsonRegularExpression(pattern, text[flagsStart..Position]);
        }

        private bool Expect(char c)
        {
            SkipWhitespace();
            if (!AtEnd && Current == c)
            {
                Position++;
                return true;
            }

            Complete = false;
            return false;
        }

        private void SkipWhitespace()
        {
            while (!AtEnd && char.IsWhiteSpace(Current))
            {
                Position++;
            }
        }

        private bool AtEnd => Position >= text.Length;

        private char Current => text[Position];
    }
}

/// <summary>A document read from shell syntax, and whether it was read to its closing brace.</summary>
public readonly record struct ShellParse(BsonDocument Document, bool Complete);
