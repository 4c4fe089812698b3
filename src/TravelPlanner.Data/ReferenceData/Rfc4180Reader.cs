using System.Text;

namespace TravelPlanner.Data.ReferenceData;

/// <summary>
/// A strict RFC 4180 record reader: comma-separated fields, a field in double quotes may hold commas,
/// line breaks and doubled quotes (<c>""</c>); records end at LF or CRLF.
/// </summary>
/// <remarks>
/// Hand-written rather than CsvHelper: the library only reads its own two fixed, well-formed files,
/// and ~100 tested lines are cheaper for every consumer than a new package dependency.
/// </remarks>
internal sealed class Rfc4180Reader(TextReader reader)
{
    private const int EndOfInput = -1;

    private readonly StringBuilder _field = new();
    private readonly List<string> _record = [];
    private int _line = 1;

    /// <summary>The 1-based line on which the record last returned by <see cref="ReadRecord"/> started.</summary>
    public int RecordLine { get; private set; }

    /// <summary>The next record, or null at the end of the input.</summary>
    /// <exception cref="FormatException">The input breaks RFC 4180 (unterminated quote, text after a closing quote, a quote inside an unquoted field).</exception>
    public string[]? ReadRecord()
    {
        if (reader.Peek() == EndOfInput)
        {
            return null;
        }

        RecordLine = _line;
        _record.Clear();
        while (true)
        {
            var terminator = ReadField();
            _record.Add(_field.ToString());
            if (terminator != ',')
            {
                return [.. _record];
            }
        }
    }

    // Reads one field into _field; returns what ended it: ',', '\n' or EndOfInput.
    private int ReadField()
    {
        _field.Clear();
        if (reader.Peek() == '"')
        {
            reader.Read();
            return ReadQuotedField();
        }

        while (true)
        {
            if (TryReadTerminator(out var terminator))
            {
                return terminator;
            }

            var c = reader.Read();
            if (c == '"')
            {
                throw Error("a double quote inside an unquoted field (quote the whole field and double the quote)");
            }

            _field.Append((char)c);
        }
    }

    private int ReadQuotedField()
    {
        while (true)
        {
            var c = reader.Read();
            switch (c)
            {
                case EndOfInput:
                    throw Error("a quoted field is not closed before the end of the input");
                case '"' when reader.Peek() == '"':
                    reader.Read();
                    _field.Append('"');
                    break;
                case '"':
                    return TryReadTerminator(out var terminator)
                        ? terminator
                        : throw Error("text after the closing quote of a field");
                case '\n':
                    _line++;
                    _field.Append('\n');
                    break;
                default:
                    _field.Append((char)c);
                    break;
            }
        }
    }

    // Consumes a field terminator (',', LF, CRLF or the end of the input) if one is next.
    private bool TryReadTerminator(out int terminator)
    {
        switch (reader.Peek())
        {
            case EndOfInput:
                terminator = EndOfInput;
                return true;
            case ',':
                reader.Read();
                terminator = ',';
                return true;
            case '\n':
                reader.Read();
                _line++;
                terminator = '\n';
                return true;
            case '\r':
                reader.Read();
                if (reader.Peek() != '\n')
                {
                    throw Error("a carriage return not followed by a line feed");
                }

                reader.Read();
                _line++;
                terminator = '\n';
                return true;
            default:
                terminator = 0;
                return false;
        }
    }

    private FormatException Error(string problem) => new($"Line {_line}: {problem}.");
}
