using System.Text;
using Microsoft.EntityFrameworkCore;
using TechconnectEvent.UnitTests.Registrations.Admin;
using TechconnectEvent.Web.Features.Registrations;
using TechconnectEvent.Web.Features.Registrations.Import;

namespace TechconnectEvent.UnitTests.Registrations.Import;

public sealed class RegistrationImportTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static byte[] Csv(string text, bool bom = false) =>
        [.. (bom ? Encoding.UTF8.Preamble.ToArray() : []), .. Encoding.UTF8.GetBytes(text)];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task VietnameseHeaders_WithOrWithoutBom_RegisterInvitedConfirmedPeople(bool bom)
    {
        await using var bed = await RegistrationTestBed.CreateAsync();
        var csv = Csv("Danh xưng,Họ và tên,Thư điện tử,Đơn vị,Loại,Quốc tịch,Ngày tham dự\n"
            + "GS.,Nguyễn Văn Hiệu,hieu@vast.vn,Viện Hàn lâm KH&CN Việt Nam,Khách mời chính phủ / VIP,,2\n"
            + "Mr,이민호,minho@kaist.kr,KAIST,international,KR,\n", bom);

        var result = await bed.Imports.ImportAsync(bed.EditionId, "khach-moi.csv", csv, Ct);

        Assert.True(result.Succeeded, string.Join(", ", result.Report.Problems.Select(p => p.Error.Code)));
        await using var db = bed.Database.CreateContext();
        var people = await db.Registrations.OrderBy(r => r.Id).ToListAsync(Ct);
        Assert.Equal(["Nguyễn Văn Hiệu", "이민호"], people.Select(p => p.FullName));
        Assert.All(people, p => Assert.Equal((RegistrationSource.Invited, RegistrationStatus.Confirmed, null), (p.Source, p.Status, p.ConsentVersion)));
        Assert.All(people, p => Assert.True(BadgeCodes.IsWellFormed(p.BadgeCode)));
        Assert.All(people, p => Assert.Equal(64, p.ManagementTokenHash.Length));
        Assert.Equal((Honorific.Professor, "VN", 2, bed.CategoryIds[RegistrationCategoryDefaults.Government]),
            (people[0].Honorific, people[0].Nationality, people[0].DaysMask, people[0].CategoryId));
        Assert.Equal((Honorific.Mr, "KR", 3), (people[1].Honorific, people[1].Nationality, people[1].DaysMask));
        Assert.True(await db.AuditLog.AnyAsync(a => a.Action == "registration.imported", Ct));
    }

    [Fact]
    public async Task EveryKindOfRowError_IsReportedWithItsRow_AndNothingIsWritten()
    {
        await using var bed = await RegistrationTestBed.CreateAsync();
        await bed.AddAsync("Đã đăng ký", email: "taken@example.com");
        var csv = Csv("full_name,email,category,phone,nationality,honorific,days,organization\n"
            + "Người Hợp Lệ,ok@example.com,visitor,,,,,\n"                    // row 2: valid
            + ",blank@example.com,visitor,,,,,\n"                              // 3: name missing
            + "Sai Email,not-an-email,visitor,,,,,\n"                          // 4
            + "Trùng Tệp,OK@example.com,visitor,,,,,\n"                        // 5: duplicate of row 2
            + "Đã Có,taken@example.com,visitor,,,,,\n"                         // 6: already registered
            + "Không Loại,x1@example.com,astronaut,,,,,\n"                     // 7
            + "Thiếu Loại,x2@example.com,,,,,,\n"                              // 8
            + "Sai Điện Thoại,x3@example.com,visitor,call me,,,,\n"            // 9
            + "Sai Quốc Tịch,x4@example.com,visitor,,Vietnam,,,\n"             // 10
            + "Sai Danh Xưng,x5@example.com,visitor,,,Sir,,\n"                 // 11
            + "Sai Ngày,x6@example.com,visitor,,,,3,\n"                        // 12: the edition has two days
            + $"Quá Dài,x7@example.com,visitor,,,,,{new string('x', RegistrationLimits.Organization + 1)}\n"); // 13

        var result = await bed.Imports.ImportAsync(bed.EditionId, "list.csv", csv, Ct);

        Assert.False(result.Succeeded);
        Assert.Equal(
            [
                (3, "Registrations.FullNameRequired"), (4, "Registrations.EmailInvalid"), (5, "Registrations.Import.DuplicateInFile"),
                (6, "Registrations.Import.EmailExists"), (7, "Registrations.Import.UnknownCategory"), (8, "Import.Required"),
                (9, "Registrations.PhoneInvalid"), (10, "Registrations.NationalityInvalid"), (11, "Registrations.Import.UnknownHonorific"),
                (12, "Registrations.Import.DaysInvalid"), (13, "Registrations.TooLong"),
            ],
            result.Report.Problems.Select(p => (p.Row!.Value, p.Error.Code)));
        await using var db = bed.Database.CreateContext();
        Assert.Equal(1, await db.Registrations.CountAsync(Ct));
    }

    [Fact]
    public async Task MissingRequiredColumns_AreNamed()
    {
        await using var bed = await RegistrationTestBed.CreateAsync();

        var report = await bed.Imports.ValidateAsync(bed.EditionId, "list.csv", Csv("email,phone\na@example.com,0912345678\n"), Ct);

        Assert.Equal([RegistrationImportColumns.FullName, RegistrationImportColumns.Category], report.Problems.Select(p => p.Column));
        Assert.All(report.Problems, p => Assert.Equal("Import.MissingColumn", p.Error.Code));
    }

    [Theory]
    [InlineData("Họ và tên", RegistrationImportColumns.FullName)]
    [InlineData("ho va ten", RegistrationImportColumns.FullName)]
    [InlineData("Full Name", RegistrationImportColumns.FullName)]
    [InlineData("full_name", RegistrationImportColumns.FullName)]
    [InlineData("Đơn vị", RegistrationImportColumns.Organization)]
    [InlineData("Organisation", RegistrationImportColumns.Organization)]
    [InlineData("Số điện thoại", RegistrationImportColumns.Phone)]
    [InlineData("QUỐC TỊCH", RegistrationImportColumns.Nationality)]
    [InlineData("Ghi chú", null)]
    public void Headers_MapFromEnglishOrVietnamese(string header, string? column) =>
        Assert.Equal(column, RegistrationImportColumns.Resolve(header));

    [Fact]
    public async Task NotUtf8_IsAFileProblem()
    {
        await using var bed = await RegistrationTestBed.CreateAsync();
        var latin1 = Encoding.Latin1.GetBytes("full_name,category\nJosé Ñandú,visitor\n");

        var report = await bed.Imports.ValidateAsync(bed.EditionId, "list.csv", latin1, Ct);

        Assert.Equal("Import.NotUtf8", Assert.Single(report.Problems).Error.Code);
    }
}
