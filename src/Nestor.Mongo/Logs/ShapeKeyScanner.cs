using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Nestor.Mongo.Shapes;

namespace Nestor.Mongo.Logs;

/// <summary>
/// Reads a command of a JSON log line (<c>attr.command</c>, <c>attr.originatingCommand</c>) straight from its tokens into
/// a <see cref="ShapeKey"/>, without building a document: the command's first element and the few string values a shape
/// names (collection, <c>$db</c>, <c>key</c>), and of its filters, sort, projection and pipeline only what
/// <see cref="FilterShaper"/> keeps — field paths, operator kinds, sort directions, exclusions, stage names — with the
/// predicates of each filter in canonical order. Values are stepped over, never decoded.
/// </summary>
/// <remarks>
/// A key is finer than a shape, never coarser: commands with equal keys (on the same namespace, type and truncation) have
/// equal shapes, so the JSON log reader builds a shape once per key, through the document path, which stays the one
/// definition of a shape. What this scanner does not judge cheaply — a <c>$truncated</c> command, a shape field given
/// twice, filters nested deeper than <see cref="MaxFilterDepth"/>, more than <see cref="MaxMergedMatches"/> leading
/// <c>$match</c> stages, a sort word that is escaped or not ASCII — marks the key <see cref="ShapeKeyState.Unknown"/>,
/// and that line is read the document way.
/// </remarks>
internal sealed class ShapeKeyScanner
{
    /// <summary>Filters nest a few levels in practice; deeper ones (and <see cref="FilterShaper"/>'s depth bound) are left to the document path.</summary>
    public const int MaxFilterDepth = 20;

    /// <summary>Consecutive leading <c>$match</c> stages nest one level each when merged; more than this go the document path.</summary>
    public const int MaxMergedMatches = 6;

    // Property names longer than this are never operators or Extended JSON wrappers.
    private const int MaxOperatorLength = 32;

    private readonly ShapeKey stageNames = new();
    private readonly ShapeKey headSort = new();
    private byte[] names = new byte[256];
    private int namesLength;
    private Predicate[] predicates = new Predicate[32];
    private int predicateCount;
    private int branchCount;
    private byte[] nameBuffer = new byte[64];
    private bool unknown;

    private enum CommandField : byte
    {
        None,
        Filter,
        Query,
        Q,
        Sort,
        Projection,
        Fields,
        Pipeline,
        Updates,
        Deletes,
        Key,
        Collection,
        Database,
        Truncated,
    }

    // Markers written into a key between its parts.
    private const byte Missing = 0;
    private const byte Present = 1;
    private const byte NotADocument = 2;
    private const byte EndOfList = 0;
    private const byte Item = 1;

    /// <summary>
    /// Reads the command object the reader is on (its <see cref="JsonTokenType.StartObject"/>) into <paramref name="key"/>,
    /// leaving the reader on its end.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void ScanCommand(ref LogJsonReader reader, ShapeKey key)
    {
        key.Clear();
        unknown = false;
        var seen = 0;
        var first = true;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var field = FieldOf(ref reader);
            if (first)
            {
                key.Text(Utf8StringCache.Unescaped(in reader, NameBuffer(in reader)));
            }

            reader.Read();
            if (first)
            {
                first = false;
                StringValue(ref reader, key);
            }

            if (field == CommandField.None)
            {
                reader.Skip();
                continue;
            }

            var bit = 1 << (int)field;
            if ((seen & bit) != 0)
            {
                // Documents keep the first of repeated names; rather than mirror that here, the document path reads it.
                unknown = true;
                reader.Skip();
                continue;
            }

            seen |= bit;
            key.Byte((byte)field);
            ScanField(ref reader, field, key);
        }

        key.State = unknown ? ShapeKeyState.Unknown : ShapeKeyState.Known;
    }

    private void ScanField(ref LogJsonReader reader, CommandField field, ShapeKey key)
    {
        switch (field)
        {
            case CommandField.Filter or CommandField.Query or CommandField.Q:
                FilterValue(ref reader, key);
                break;
            case CommandField.Sort:
                if (reader.TokenType == JsonTokenType.StartObject)
                {
                    Sort(ref reader, key);
                }
                else
                {
                    NotADocumentValue(ref reader, key);
                }

                break;
            case CommandField.Projection or CommandField.Fields:
                Projection(ref reader, key);
                break;
            case CommandField.Pipeline:
                Pipeline(ref reader, key);
                break;
            case CommandField.Updates or CommandField.Deletes:
                FirstStatement(ref reader, key);
                break;
            case CommandField.Key or CommandField.Collection or CommandField.Database:
                StringValue(ref reader, key);
                reader.Skip();
                break;
            default:
                // A command cut by the server: its shell text is read by the document path.
                unknown = true;
                reader.Skip();
                break;
        }
    }

    private static CommandField FieldOf(ref LogJsonReader reader)
    {
        if (reader.ValueIsEscaped)
        {
            return FieldOfEscaped(ref reader);
        }

        var name = reader.ValueSpan;
        return name.Length switch
        {
            1 when name[0] == (byte)'q' => CommandField.Q,
            3 when name.SequenceEqual("key"u8) => CommandField.Key,
            3 when name.SequenceEqual("$db"u8) => CommandField.Database,
            4 when name.SequenceEqual("sort"u8) => CommandField.Sort,
            5 when name.SequenceEqual("query"u8) => CommandField.Query,
            6 when name.SequenceEqual("filter"u8) => CommandField.Filter,
            6 when name.SequenceEqual("fields"u8) => CommandField.Fields,
            7 when name.SequenceEqual("updates"u8) => CommandField.Updates,
            7 when name.SequenceEqual("deletes"u8) => CommandField.Deletes,
            8 when name.SequenceEqual("pipeline"u8) => CommandField.Pipeline,
            10 when name.SequenceEqual("projection"u8) => CommandField.Projection,
            10 when name.SequenceEqual("collection"u8) => CommandField.Collection,
            10 when name.SequenceEqual("$truncated"u8) => CommandField.Truncated,
            _ => CommandField.None,
        };
    }

    private static CommandField FieldOfEscaped(ref LogJsonReader reader)
    {
        ReadOnlySpan<(string Name, CommandField Field)> fields =
        [
            ("q", CommandField.Q), ("key", CommandField.Key), ("$db", CommandField.Database), ("sort", CommandField.Sort), ("query", CommandField.Query),
            ("filter", CommandField.Filter), ("fields", CommandField.Fields), ("updates", CommandField.Updates), ("deletes", CommandField.Deletes),
            ("pipeline", CommandField.Pipeline), ("projection", CommandField.Projection), ("collection", CommandField.Collection),
            ("$truncated", CommandField.Truncated),
        ];
        foreach (var (name, field) in fields)
        {
            if (reader.ValueTextEquals(name))
            {
                return field;
            }
        }

        return CommandField.None;
    }

    // A string value (a collection, $db, key), or the mark that the value is something else.
    private void StringValue(ref LogJsonReader reader, ShapeKey key)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            key.Byte(Present);
            key.Text(Utf8StringCache.Unescaped(in reader, NameBuffer(in reader)));
        }
        else
        {
            key.Byte(Missing);
        }
    }

    private static void NotADocumentValue(ref LogJsonReader reader, ShapeKey key)
    {
        key.Byte(NotADocument);
        reader.Skip();
    }

    // A filter document (filter, query, q): its predicates in canonical order, or the mark that it is not a document.
    private void FilterValue(ref LogJsonReader reader, ShapeKey key)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            NotADocumentValue(ref reader, key);
            return;
        }

        key.Byte(Present);
        BeginFilter();
        Filter(ref reader, group: 0, orAllowed: true, negated: false, depth: 0);
        EndFilter(key);
    }

    // updates/deletes: the filter (q) of the first statement; the others are stepped over.
    private void FirstStatement(ref LogJsonReader reader, ShapeKey key)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            NotADocumentValue(ref reader, key);
            return;
        }

        if (!reader.Read() || reader.TokenType == JsonTokenType.EndArray)
        {
            key.Byte(Missing);
            return;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            key.Byte(NotADocument);
            reader.Skip();
        }
        else
        {
            key.Byte(Present);
            var sawFilter = false;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isFilter = reader.ValueTextEquals("q"u8);
                reader.Read();
                if (!isFilter)
                {
                    reader.Skip();
                }
                else if (sawFilter)
                {
                    unknown = true;
                    reader.Skip();
                }
                else
                {
                    sawFilter = true;
                    FilterValue(ref reader, key);
                }
            }

            if (!sawFilter)
            {
                key.Byte(Missing);
            }
        }

        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            reader.Skip();
        }
    }

    // The names of the stages, and the indexable head: the leading $match stages merged and the first $sort among them.
    private void Pipeline(ref LogJsonReader reader, ShapeKey key)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            NotADocumentValue(ref reader, key);
            return;
        }

        stageNames.Clear();
        headSort.Clear();
        BeginFilter();
        var inHead = true;
        var merged = 0;
        var sorted = false;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                stageNames.Byte(Missing);
                inHead = false;
                reader.Skip();
                continue;
            }

            if (!reader.Read() || reader.TokenType != JsonTokenType.PropertyName)
            {
                stageNames.Byte(Missing);
                inHead = false;
                continue;
            }

            stageNames.Byte(Item);
            stageNames.Text(Utf8StringCache.Unescaped(in reader, NameBuffer(in reader)));
            var isMatch = reader.ValueTextEquals("$match"u8);
            var isSort = !isMatch && reader.ValueTextEquals("$sort"u8);
            reader.Read();
            if (inHead && isMatch && reader.TokenType == JsonTokenType.StartObject)
            {
                unknown |= ++merged > MaxMergedMatches;
                Filter(ref reader, group: 0, orAllowed: true, negated: false, depth: 0);
            }
            else if (inHead && isSort && reader.TokenType == JsonTokenType.StartObject && !sorted)
            {
                sorted = true;
                Sort(ref reader, headSort);
            }
            else
            {
                inHead &= isSort && reader.TokenType == JsonTokenType.StartObject;
                reader.Skip();
            }

            SkipRestOfObject(ref reader);
        }

        key.Byte(Present);
        key.Key(stageNames);
        EndFilter(key);
        key.Byte(sorted ? Present : Missing);
        key.Key(headSort);
    }

    // Sort keys in order: path and direction, as FilterShaper.Sort reads them.
    private void Sort(ref LogJsonReader reader, ShapeKey key)
    {
        key.Byte(Present);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            key.Byte(Item);
            key.Text(Utf8StringCache.Unescaped(in reader, NameBuffer(in reader)));
            reader.Read();
            key.Byte((byte)(Direction(ref reader) + 1));
        }

        key.Byte(EndOfList);
    }

    private int Direction(ref LogJsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number:
                double number = reader.TryGetInt64(out var integer) ? integer : reader.GetDouble();
                return number < 0 ? -1 : number > 0 ? 1 : 0;
            case JsonTokenType.String:
                var word = reader.ValueSpan;
                if (reader.ValueIsEscaped || !Ascii.IsValid(word))
                {
                    // Lower-casing beyond ASCII is the document path's to decide.
                    unknown = true;
                    return 0;
                }

                return Ascii.EqualsIgnoreCase(word, "desc"u8) || Ascii.EqualsIgnoreCase(word, "descending"u8) || word.SequenceEqual("-1"u8) ? -1
                    : Ascii.EqualsIgnoreCase(word, "asc"u8) || Ascii.EqualsIgnoreCase(word, "ascending"u8) || word.SequenceEqual("1"u8) ? 1
                    : 0;
            default:
                reader.Skip();
                return 0;
        }
    }

    // Projected paths in order with whether each is excluded (false or 0), as FilterShaper.Projection reads them.
    private void Projection(ref LogJsonReader reader, ShapeKey key)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            NotADocumentValue(ref reader, key);
            return;
        }

        key.Byte(Present);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            key.Byte(Item);
            key.Text(Utf8StringCache.Unescaped(in reader, NameBuffer(in reader)));
            reader.Read();
            var excluded = reader.TokenType switch
            {
                JsonTokenType.False => true,
                JsonTokenType.Number => reader.TryGetInt64(out var integer) ? integer == 0 : reader.GetDouble() == 0,
                _ => false,
            };
            key.Byte(excluded ? Present : Missing);
            reader.Skip();
        }

        key.Byte(EndOfList);
    }

    private void BeginFilter()
    {
        namesLength = 0;
        predicateCount = 0;
        branchCount = 0;
    }

    // The predicates of a filter, as FilterShaper.Shape gives them: the AND group (0) and each $or branch (1...), each
    // sorted and without duplicates. Paths are ordered by their UTF-8 bytes here: any fixed order makes equal filters
    // write equal keys, and the shape built from the document sorts them its own way.
    private void EndFilter(ShapeKey key)
    {
        var list = predicates.AsSpan(0, predicateCount);
        Sort(list);
        key.Number(branchCount);
        for (var i = 0; i < list.Length; i++)
        {
            if (i > 0 && Compare(list[i - 1], list[i]) == 0)
            {
                continue;
            }

            key.Byte(Item);
            key.Number(list[i].Group);
            key.Byte((byte)list[i].Kind);
            key.Text(names.AsSpan(list[i].NameStart, list[i].NameLength));
        }

        key.Byte(EndOfList);
    }

    // FilterShaper.AddDocument over tokens: the reader is on the document's start and is left on its end.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Filter(ref LogJsonReader reader, int group, bool orAllowed, bool negated, int depth)
    {
        if (depth > MaxFilterDepth)
        {
            unknown = true;
            reader.Skip();
            return;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var start = namesLength;
            var length = CopyName(ref reader);
            reader.Read();
            var name = names.AsSpan(start, length);
            if (name.IsEmpty || name[0] != (byte)'$')
            {
                AddField(ref reader, start, length, group, negated);
                continue;
            }

            if (name.SequenceEqual("$and"u8))
            {
                namesLength = start;
                Clauses(ref reader, group, orAllowed, negated, depth + 1, newBranches: false);
            }
            else if (name.SequenceEqual("$or"u8))
            {
                namesLength = start;
                var branches = orAllowed && branchCount == 0 && !negated;
                Clauses(ref reader, group, orAllowed: false, negated, depth + 1, newBranches: branches);
            }
            else if (name.SequenceEqual("$nor"u8))
            {
                namesLength = start;
                Clauses(ref reader, group, orAllowed: false, negated: true, depth + 1, newBranches: false);
            }
            else if (name.SequenceEqual("$comment"u8))
            {
                namesLength = start;
                reader.Skip();
            }
            else
            {
                var kind = name.SequenceEqual("$text"u8) ? PredicateKind.Text
                    : name.SequenceEqual("$expr"u8) ? PredicateKind.Expr
                    : name.SequenceEqual("$where"u8) ? PredicateKind.Where
                    : PredicateKind.Other;
                Add(start, length, kind, group);
                reader.Skip();
            }
        }
    }

    // The clauses of $and, $or and $nor: the documents of an array, or a single document; anything else has none.
    private void Clauses(ref LogJsonReader reader, int group, bool orAllowed, bool negated, int depth, bool newBranches)
    {
        if (reader.TokenType == JsonTokenType.StartObject)
        {
            Clause(ref reader, group, orAllowed, negated, depth, newBranches);
            return;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return;
        }

        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType == JsonTokenType.StartObject)
            {
                Clause(ref reader, group, orAllowed, negated, depth, newBranches);
            }
            else
            {
                reader.Skip();
            }
        }
    }

    private void Clause(ref LogJsonReader reader, int group, bool orAllowed, bool negated, int depth, bool newBranches)
    {
        if (newBranches)
        {
            Filter(ref reader, ++branchCount, orAllowed: false, negated: false, depth);
        }
        else
        {
            Filter(ref reader, group, orAllowed, negated, depth);
        }
    }

    // FilterShaper.AddField over tokens: a regex value, a plain value (equality), or an operator document.
    private void AddField(ref LogJsonReader reader, int start, int length, int group, bool negated)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            Add(start, length, negated ? PredicateKind.Not : PredicateKind.Equality, group);
            reader.Skip();
            return;
        }

        if (!reader.Read() || reader.TokenType != JsonTokenType.PropertyName)
        {
            Add(start, length, negated ? PredicateKind.Not : PredicateKind.Equality, group);
            return;
        }

        Span<char> operatorName = stackalloc char[MaxOperatorLength];
        var first = OperatorName(in reader, operatorName);
        if (first.SequenceEqual("$regularExpression"))
        {
            // {"$regularExpression": {...}} alone is a regex value; with company it is a document compared for equality.
            reader.Read();
            reader.Skip();
            reader.Read();
            var alone = reader.TokenType == JsonTokenType.EndObject;
            Add(start, length, negated ? PredicateKind.Not : alone ? PredicateKind.Regex : PredicateKind.Equality, group);
            SkipRestOfObject(ref reader, onProperty: true);
            return;
        }

        if (first.IsEmpty || first[0] != '$' || FilterShaper.IsExtendedJsonWrapper(first))
        {
            Add(start, length, negated ? PredicateKind.Not : PredicateKind.Equality, group);
            SkipRestOfObject(ref reader, onProperty: true);
            return;
        }

        while (reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = OperatorName(in reader, operatorName);
            var isIn = name.SequenceEqual("$in");
            var kind = FilterShaper.OperatorKind(name);
            reader.Read();
            if (isIn && reader.TokenType == JsonTokenType.StartArray)
            {
                kind = InKind(ref reader);
            }
            else
            {
                reader.Skip();
            }

            if (kind is { } known)
            {
                Add(start, length, negated ? PredicateKind.Not : known, group);
            }

            reader.Read();
        }
    }

    // The kind of an $in by its values (the reader is on the array's start, and is left on its end): one value is an
    // equality, or a regex when it is one ({"$regularExpression": ...} alone); several, or none, are an $in.
    private static PredicateKind InKind(ref LogJsonReader reader)
    {
        if (!reader.Read() || reader.TokenType == JsonTokenType.EndArray)
        {
            return PredicateKind.In;
        }

        var isRegex = false;
        if (reader.TokenType == JsonTokenType.StartObject)
        {
            reader.Read();
            if (reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals("$regularExpression"u8))
            {
                reader.Read();
                reader.Skip();
                reader.Read();
                isRegex = reader.TokenType == JsonTokenType.EndObject;
            }

            SkipRestOfObject(ref reader, onProperty: true);
        }
        else
        {
            reader.Skip();
        }

        if (reader.Read() && reader.TokenType == JsonTokenType.EndArray)
        {
            return FilterShaper.SingleInKind(isRegex);
        }

        while (reader.TokenType != JsonTokenType.EndArray)
        {
            reader.Skip();
            reader.Read();
        }

        return PredicateKind.In;
    }

    // The property name the reader is on as characters when it could be an operator (ASCII, short); otherwise a name no
    // operator or wrapper has (a non-ASCII or long name is neither), which still starts with '$' when the name does.
    private static ReadOnlySpan<char> OperatorName(in LogJsonReader reader, Span<char> buffer)
    {
        Span<byte> bytes = stackalloc byte[MaxOperatorLength];
        var raw = reader.ValueSpan;
        var name = !reader.ValueIsEscaped ? raw
            : Utf8StringCache.Unescaped(in reader, raw.Length <= MaxOperatorLength ? bytes : new byte[raw.Length]);
        if (name.Length <= MaxOperatorLength && Ascii.IsValid(name))
        {
            Ascii.ToUtf16(name, buffer, out var written);
            return buffer[..written];
        }

        return name.Length > 0 && name[0] == (byte)'$' ? "$?" : "?";
    }

    private void Add(int start, int length, PredicateKind kind, int group)
    {
        if (predicateCount == predicates.Length)
        {
            Array.Resize(ref predicates, predicates.Length * 2);
        }

        predicates[predicateCount++] = new Predicate(start, length, kind, group);
    }

    // Copies the property name the reader is on, unescaped, to the end of the names; returns its length.
    private int CopyName(ref LogJsonReader reader)
    {
        var raw = reader.ValueSpan;
        if (namesLength + raw.Length > names.Length)
        {
            Array.Resize(ref names, Math.Max(names.Length * 2, namesLength + raw.Length));
        }

        var length = raw.Length;
        if (reader.ValueIsEscaped)
        {
            var name = Utf8StringCache.Unescaped(in reader, names.AsSpan(namesLength));
            length = name.Length;
            if (name == raw)
            {
                // Not unescapable (a lone surrogate): kept as written, as the document path keeps it.
                raw.CopyTo(names.AsSpan(namesLength));
            }
        }
        else
        {
            raw.CopyTo(names.AsSpan(namesLength));
        }

        namesLength += length;
        return length;
    }

    private Span<byte> NameBuffer(in LogJsonReader reader)
    {
        if (reader.ValueIsEscaped && nameBuffer.Length < reader.ValueSpan.Length)
        {
            nameBuffer = new byte[Math.Max(nameBuffer.Length * 2, reader.ValueSpan.Length)];
        }

        return nameBuffer;
    }

    // From a value inside an object (or, with onProperty, from the name of its next property) to the object's end.
    private static void SkipRestOfObject(ref LogJsonReader reader, bool onProperty = false)
    {
        if (onProperty)
        {
            while (reader.TokenType == JsonTokenType.PropertyName)
            {
                reader.Skip();
                reader.Read();
            }

            return;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            reader.Read();
            reader.Skip();
        }
    }

    // A filter has a handful of predicates: insertion sort, in place and without the comparer boxing of Span.Sort;
    // a long one (hundreds of $or branches) goes to the library sort.
    private void Sort(Span<Predicate> list)
    {
        if (list.Length > 16)
        {
            var names = this.names;
            list.Sort((x, y) => Compare(names, x, y));
            return;
        }

        for (var i = 1; i < list.Length; i++)
        {
            var item = list[i];
            var j = i - 1;
            while (j >= 0 && Compare(list[j], item) > 0)
            {
                list[j + 1] = list[j];
                j--;
            }

            list[j + 1] = item;
        }
    }

    private int Compare(in Predicate x, in Predicate y) => Compare(names, x, y);

    private static int Compare(byte[] names, in Predicate x, in Predicate y)
    {
        if (x.Group != y.Group)
        {
            return x.Group.CompareTo(y.Group);
        }

        var byName = names.AsSpan(x.NameStart, x.NameLength).SequenceCompareTo(names.AsSpan(y.NameStart, y.NameLength));
        return byName != 0 ? byName : x.Kind.CompareTo(y.Kind);
    }

    private readonly record struct Predicate(int NameStart, int NameLength, PredicateKind Kind, int Group);
}
