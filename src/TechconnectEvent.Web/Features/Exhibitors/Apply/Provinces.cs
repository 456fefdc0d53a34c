namespace TechconnectEvent.Web.Features.Exhibitors.Apply;

/// <summary>
/// Vietnam's provinces and centrally governed cities since the 2025 reorganisation, offered as suggestions: the field
/// stays free text, because organisations registered under an earlier name keep it.
/// </summary>
public static class Provinces
{
    public static readonly IReadOnlyList<string> Vietnam =
    [
        "Hà Nội", "Thành phố Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế",
        "An Giang", "Bắc Ninh", "Cà Mau", "Cao Bằng", "Đắk Lắk", "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai",
        "Hà Tĩnh", "Hưng Yên", "Khánh Hòa", "Lai Châu", "Lâm Đồng", "Lạng Sơn", "Lào Cai", "Nghệ An", "Ninh Bình",
        "Phú Thọ", "Quảng Ngãi", "Quảng Ninh", "Quảng Trị", "Sơn La", "Tây Ninh", "Thái Nguyên", "Thanh Hóa",
        "Tuyên Quang", "Vĩnh Long",
    ];
}
