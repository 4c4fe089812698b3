using TravelPlanner.Data.ReferenceData;

namespace TravelPlanner.Data.Tests.ReferenceData;

public sealed class Rfc4180ReaderTests
{
    [Fact]
    public void Plain_fields_and_empty_fields_are_read_as_written()
    {
        var records = ReadAll("a,b,c\n1,,3\n,,\n");

        Assert.Equal([["a", "b", "c"], ["1", "", "3"], ["", "", ""]], records);
    }

    [Fact]
    public void A_quoted_field_may_hold_commas_doubled_quotes_and_line_breaks()
    {
        var records = ReadAll("name,city\n\"Baton Rouge Metro, Ryan Field\",\"Warren \"\"Bud\"\" Woods\"\n\"two\nlines\",\"\"\n");

        Assert.Equal([["name", "city"], ["Baton Rouge Metro, Ryan Field", "Warren \"Bud\" Woods"], ["two\nlines", ""]], records);
    }

    [Fact]
    public void Crlf_line_endings_and_a_missing_final_line_break_are_accepted()
    {
        Assert.Equal([["a", "b"], ["1", "2"]], ReadAll("a,b\r\n1,2"));
    }

    [Fact]
    public void The_record_line_counts_line_breaks_inside_quoted_fields()
    {
        var reader = new Rfc4180Reader(new StringReader("h\n\"x\ny\"\nz\n"));

        reader.ReadRecord();
        reader.ReadRecord();
        Assert.Equal(2, reader.RecordLine);
        Assert.Equal(["z"], reader.ReadRecord()!);
        Assert.Equal(4, reader.RecordLine);
        Assert.Null(reader.ReadRecord());
    }

    [Theory]
    [InlineData("a,\"open\n", "Line 2: a quoted field is not closed")]
    [InlineData("a,\"x\"y\n", "Line 1: text after the closing quote")]
    [InlineData("a,b\"c\n", "Line 1: a double quote inside an unquoted field")]
    [InlineData("a\rb\n", "Line 1: a carriage return not followed by a line feed")]
    public void Malformed_input_fails_with_the_line_and_the_problem(string text, string message)
    {
        var error = Assert.Throws<FormatException>(() => ReadAll(text));

        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    private static List<string[]> ReadAll(string text)
    {
        var reader = new Rfc4180Reader(new StringReader(text));
        var records = new List<string[]>();
        while (reader.ReadRecord() is { } record)
        {
            records.Add(record);
        }

        return records;
    }
}
