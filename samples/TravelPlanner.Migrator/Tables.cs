using Spectre.Console;

namespace TravelPlanner.Migrator;

/// <summary>Tables and progress on stdout through Spectre.Console, readable when stdout is a file or a CI log too.</summary>
internal static class Tables
{
    /// <summary>Stdout as a Spectre console; redirected output is wide enough that no row wraps and carries no colour codes.</summary>
    public static IAnsiConsole Console()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(System.Console.Out),
            Ansi = System.Console.IsOutputRedirected ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = System.Console.IsOutputRedirected ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = InteractionSupport.No,
        });
        if (System.Console.IsOutputRedirected)
        {
            console.Profile.Width = 240;
        }

        return console;
    }

    /// <summary>A borderless table with the given column headings (numbers right-aligned where the heading asks for it).</summary>
    public static Table Create(params string[] headings)
    {
        var table = new Table().Border(TableBorder.Simple);
        foreach (var heading in headings)
        {
            var column = new TableColumn(Markup.Escape(heading.TrimStart('>')));
            table.AddColumn(heading.StartsWith('>') ? column.RightAligned() : column);
        }

        return table;
    }

    /// <summary>Adds a row of plain (escaped) cells.</summary>
    public static Table Row(this Table table, params object?[] cells)
    {
        table.AddRow(cells.Select(c => Markup.Escape(Convert.ToString(c, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty)).ToArray());
        return table;
    }
}
