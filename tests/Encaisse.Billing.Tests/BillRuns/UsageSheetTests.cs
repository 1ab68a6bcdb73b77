using Encaisse.Billing.BillRuns;
using Encaisse.Domain.Common;
using Encaisse.Domain.Contracts;

namespace Encaisse.Billing.Tests.BillRuns;

public sealed class UsageSheetTests
{
    private static readonly Guid Contract = Guid.Parse("0195a000-0000-7000-8000-000000000001");
    private static readonly Guid Line = Guid.Parse("0195a000-0000-7000-8000-0000000000aa");
    private static readonly Guid OtherLine = Guid.Parse("0195a000-0000-7000-8000-0000000000bb");

    private static async Task<ParseResult<UsageSheet>> Read(string text)
    {
        using var reader = new StringReader(text);
        return await UsageSheet.ReadAsync(reader, CancellationToken.None);
    }

    [Fact]
    public async Task Quantities_are_found_by_contract_period_and_line()
    {
        var sheet = (await Read(
            $"contract_id,line_id,period_start,quantity\n{Contract},{Line},2026-03-01,1250.5\n\n{Contract},{OtherLine},2026-03-01,0\n{Contract},{Line},2026-04-01,-3\n")).Value;

        Assert.Equal(3, sheet.Rows);
        var march = sheet.For(new ContractId(Contract), new DateOnly(2026, 3, 1));
        Assert.Equal((1250.5m, 0m), (march[Line], march[OtherLine]));
        // Refusing a negative quantity is the domain's call, with the period it concerns.
        Assert.Equal(-3m, sheet.For(new ContractId(Contract), new DateOnly(2026, 4, 1))[Line]);
        Assert.Empty(sheet.For(new ContractId(Contract), new DateOnly(2026, 5, 1)));
        Assert.Empty(UsageSheet.Empty.For(new ContractId(Contract), new DateOnly(2026, 3, 1)));
    }

    [Fact]
    public async Task Columns_come_in_any_order_with_semicolons_quotes_a_decimal_comma_and_a_byte_order_mark()
    {
        var sheet = (await Read($"\uFEFFQuantity;Period_Start;\"line_id\";contract_id;comment\n\"12,75\";2026-03-01;{Line};{Contract};février\n")).Value;

        Assert.Equal(12.75m, sheet.For(new ContractId(Contract), new DateOnly(2026, 3, 1))[Line]);
    }

    [Theory]
    [InlineData("", "The usage file is empty: its first line must name the columns contract_id, line_id, period_start, quantity.")]
    [InlineData("contract_id,line,period_start\n", "The usage file has no column line_id, quantity: its first line must name the columns contract_id, line_id, period_start, quantity.")]
    public async Task A_file_without_the_columns_is_refused(string text, string error) =>
        Assert.Equal(error, (await Read(text)).Error);

    [Fact]
    public async Task Every_bad_row_is_reported_with_its_line_number()
    {
        var result = await Read(string.Join('\n',
            "contract_id,line_id,period_start,quantity",
            $"{Contract},{Line},2026-03-01,10",
            $"C-42,{Line},2026-03-01,10",
            $"{Contract},{Line},01/03/2026,10",
            $"{Contract},{Line},2026-03-01,12",
            $"{Contract},{Line},2026-03-01,douze",
            $"{Contract},{Line},2026-03-01",
            $"{Contract},oops,2026-03-01,1"));

        Assert.Equal(
            [
                "Line 3: 'C-42' is not a contract id.",
                "Line 4: '01/03/2026' is not a period start date like 2026-03-01.",
                $"Line 5: the usage of line {Line} of contract {Contract} for the period from 2026-03-01 is given twice.",
                "Line 6: 'douze' is not a quantity like 1250.5.",
                "Line 7: 3 values for 4 columns.",
                "Line 8: 'oops' is not a contract line id.",
            ],
            result.Error!.Split(Environment.NewLine));
    }

    [Fact]
    public async Task At_most_ten_problems_are_reported()
    {
        var rows = Enumerable.Range(0, 50).Select(i => $"bad-{i},{Line},2026-03-01,1");
        var result = await Read("contract_id,line_id,period_start,quantity\n" + string.Join('\n', rows));

        Assert.Equal(UsageSheet.MaxReportedProblems, result.Error!.Split(Environment.NewLine).Length);
    }

    [Fact]
    public async Task A_file_is_read_from_disk()
    {
        var path = Path.Combine(Path.GetTempPath(), $"usage-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(path, $"contract_id,line_id,period_start,quantity\n{Contract},{Line},2026-03-01,7\n");
        try
        {
            var sheet = (await UsageSheet.LoadAsync(path, CancellationToken.None)).Value;
            Assert.Equal(7m, sheet.For(new ContractId(Contract), new DateOnly(2026, 3, 1))[Line]);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
