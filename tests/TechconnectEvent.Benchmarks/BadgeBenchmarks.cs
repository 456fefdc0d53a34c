using BenchmarkDotNet.Attributes;
using SkiaSharp;
using TechconnectEvent.Web.Features.Registrations;
using TechconnectEvent.Web.Features.Registrations.Badges;
using TechconnectEvent.Web.Infrastructure.Pdf;

namespace TechconnectEvent.Benchmarks;

/// <summary>
/// The target: 1,000 badges on A4 sheets of 8, Vietnamese names shrunk to fit and a vector QR each, in one
/// PDF, within 2 s and 500 MB. The document is written to a null stream, as a download streams it.
/// </summary>
[MemoryDiagnoser]
public class BadgeBenchmarks
{
    private static readonly string[] FamilyNames = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ"];
    private static readonly string[] MiddleNames = ["Thị", "Văn", "Hữu", "Đức", "Ngọc", "Thị Phương", "Hoàng Khánh"];
    private static readonly string[] GivenNames = ["Phượng", "Bình", "Thảo", "Quỳnh", "Dũng", "Hạnh", "Tuấn", "Khánh Linh"];

    private PdfFontProvider fonts = null!;
    private BadgeBatch batch = null!;

    [GlobalSetup]
    public void Setup()
    {
        fonts = new PdfFontProvider();
        var badges = Enumerable.Range(1, 1000).Select(n => new BadgeContent(
            n, BadgeCodes.New(),
            $"{FamilyNames[n % FamilyNames.Length]} {MiddleNames[n % MiddleNames.Length]} {GivenNames[n % GivenNames.Length]}",
            n % 5 == 0 ? "TS." : null,
            "Phó Giám đốc Trung tâm Ứng dụng tiến bộ khoa học và công nghệ",
            $"Trường Đại học Bách khoa Hà Nội – cơ sở {n % 9 + 1}",
            "Viện nghiên cứu, trường đại học", "#2E7D32",
            n % 4 == 0 ? "DIỄN GIẢ / SPEAKER" : null, new SKColor(0x4A, 0x14, 0x8C))).ToList();
        batch = new BadgeBatch("Thẻ đại biểu", "Techconnect và Đổi mới sáng tạo Việt Nam 2023", BadgeLayout.A4x8, badges,
            new DateTimeOffset(2023, 9, 29, 8, 0, 0, TimeSpan.FromHours(7)));
    }

    [GlobalCleanup]
    public void Cleanup() => fonts.Dispose();

    [Benchmark]
    public long Badges1000OnA4Sheets()
    {
        using var output = new CountingStream();
        BadgeDocument.Write(output, fonts, batch);
        return output.Length;
    }

    /// <summary>Counts what is written and keeps nothing, so the measure is the rendering, not a buffer.</summary>
    private sealed class CountingStream : Stream
    {
        private long length;

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => length;
        public override long Position { get => length; set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => length += count;
        public override void Write(ReadOnlySpan<byte> buffer) => length += buffer.Length;
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
