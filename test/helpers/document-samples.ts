// Two example documents for tests, demos and visual checks: the UBND tỉnh Hưng Yên letter of July 2023
// (test/fixtures/seed-cong-van-2023-07.txt, as a draft) and a Sở's semiannual report with a
// table, a chart and a landscape appendix.
import type { AdminDocument, Block, Inline } from "../../src/documents/model.js";

const text = (value: string): Inline[] => [{ text: value }];
const paragraph = (value: string): Block => ({ type: "paragraph", content: text(value) });
const bullet = (value: string): Block => ({ type: "bullet", content: text(value) });
const heading = (level: 1 | 2 | 3, value: string): Block => ({ type: "heading", level, content: text(value) });

export function sampleLetter(): AdminDocument {
  return {
    meta: {
      kind: "letter",
      summary: "tăng cường công tác phối hợp phòng, chống tội phạm trong lĩnh vực thông tin và truyền thông",
      issuer: { header: ["ỦY BAN NHÂN DÂN", "TỈNH HƯNG YÊN"] },
      number: { value: null, symbol: "UBND-KGVX" },
      place: "Hưng Yên",
      date: { draft: true, year: 2023, month: 7 },
      recipients: ["Các sở, ban ngành tỉnh", "UBND huyện, thị xã, thành phố", "Các doanh nghiệp viễn thông, CNTT"],
      copies: [
        "Như trên",
        "Chủ tịch, các PCT UBND tỉnh",
        "Lãnh đạo VP UBND tỉnh",
        "VNPT Hưng Yên, Viettel Hưng Yên, Mobiphone Hưng Yên, FPT chi nhánh Hưng Yên",
        "Lưu: VT, KGVX",
      ],
      signer: { authority: ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"], title: "PHÓ CHỦ TỊCH", name: "Nguyễn Duy Hưng" },
    },
    body: [
      paragraph(
        "Sau khi xem xét Báo cáo số 841/BC-STTTT ngày 03/7/2023 của Sở Thông tin và Truyền thông về kết quả công tác phối hợp phòng, chống tội phạm trong lĩnh vực thông tin và truyền thông 6 tháng đầu năm 2023; UBND tỉnh có ý kiến chỉ đạo như sau:",
      ),
      heading(2, "1. Các sở, ban, ngành; UBND huyện, thị xã, thành phố"),
      bullet(
        "Tăng cường phối hợp với Sở Thông tin và Truyền thông trong công tác thanh tra, kiểm tra nhằm hạn chế thấp nhất những hành vi vi phạm pháp luật; kiên quyết xử lý nghiêm tổ chức, cá nhân vi phạm trong lĩnh vực thông tin và truyền thông.",
      ),
      bullet(
        "Các cơ quan, đơn vị chức năng tăng cường tuần tra, kiểm soát, phát hiện, ngăn chặn, xử lý nghiêm các hành vi trộm cắp, phá hoại hạ tầng viễn thông và các hoạt động lợi dụng mạng lưới thông tin và truyền thông để xâm phạm an ninh quốc gia, trật tự an toàn xã hội.",
      ),
      bullet(
        "Kịp thời trao đổi và cung cấp thông tin về dấu hiệu vi phạm của tổ chức, cá nhân đến Sở Thông tin và Truyền thông để có biện pháp ngăn chặn, xử lý vi phạm hành chính, hoặc chuyển cho Công an tỉnh điều tra, xử lý hình sự nếu có dấu hiệu vi phạm hình sự.",
      ),
      bullet(
        "Phối hợp trong hoạt động tuyên truyền bằng các hình thức khác nhau đến doanh nghiệp, cơ sở đại lý và người dân để nắm được quy định pháp luật trong lĩnh vực thông tin và truyền thông; thông báo kịp thời về phương thức, thủ đoạn hoạt động của loại tội phạm sử dụng công nghệ cao để các tổ chức, cá nhân nâng cao cảnh giác, tố giác, cung cấp thông tin, phối hợp với lực lượng chức năng trong công tác phòng ngừa, đấu tranh.",
      ),
      bullet(
        "Tăng cường phối hợp với doanh nghiệp, đơn vị hoạt động trong lĩnh vực thông tin và truyền thông trên địa bàn tỉnh nhằm kịp thời phát hiện, ngăn chặn những hành vi vi phạm pháp luật trong lĩnh vực thông tin và truyền thông.",
      ),
      heading(2, "2. Sở Thông tin và Truyền thông"),
      bullet(
        "Đẩy mạnh các hoạt động tuyên truyền, nâng cao ý thức trách nhiệm của người dân, doanh nghiệp trong việc bảo vệ hạ tầng viễn thông và đảm bảo an toàn thông tin; tuyên truyền áp dụng thực hiện Bộ Quy tắc ứng xử trên mạng xã hội (Quyết định số 874/QĐ-BTTTT ngày 17/6/2021 của Bộ Thông tin và Truyền thông).",
      ),
      bullet(
        "Tiếp tục tăng cường công tác thanh tra, kiểm tra nhằm hạn chế thấp nhất những hành vi vi phạm pháp luật; kiên quyết xử lý nghiêm tổ chức, cá nhân vi phạm trong lĩnh vực thông tin và truyền thông.",
      ),
      bullet(
        "Nghiên cứu, đề xuất UBND tỉnh, Bộ Thông tin và Truyền thông giải pháp hiệu quả nhằm ngăn chặn, xử lý đối với các chủ tài khoản mạng xã hội, các trang thông tin điện tử có tin, bài xấu, độc.",
      ),
      heading(2, "3. Các doanh nghiệp viễn thông, công nghệ thông tin, truyền thông trên địa bàn tỉnh"),
      bullet(
        "Chủ động phối hợp với Sở Thông tin và Truyền thông và cơ quan, đơn vị chức năng để kịp thời báo cáo, ngăn chặn, xử lý những hành vi vi phạm đối với doanh nghiệp và các doanh nghiệp khác có cùng lĩnh vực hoạt động.",
      ),
      bullet(
        "Thường xuyên giữ mối quan hệ chặt chẽ giữa các doanh nghiệp, chia sẻ thông tin, phối hợp hành động; tuyên truyền giáo dục người lao động nâng cao ý thức trách nhiệm, bảo vệ tài sản của doanh nghiệp và các doanh nghiệp khác có cùng lĩnh vực hoạt động.",
      ),
    ],
    appendices: [],
  };
}

export function sampleReport(): AdminDocument {
  const cells = (...values: string[]) => values.map(text);
  return {
    meta: {
      kind: "typed",
      typeName: "BÁO CÁO",
      summary:
        "Kết quả công tác phối hợp phòng, chống tội phạm trong lĩnh vực\nthông tin và truyền thông 6 tháng đầu năm 2023",
      issuer: { parentHeader: ["UBND TỈNH HƯNG YÊN"], header: ["SỞ THÔNG TIN", "VÀ TRUYỀN THÔNG"] },
      number: { value: "841", symbol: "BC-STTTT" },
      place: "Hưng Yên",
      date: { year: 2023, month: 7, day: 3 },
      recipients: ["Ủy ban nhân dân tỉnh Hưng Yên"],
      copies: ["Như trên", "Bộ Thông tin và Truyền thông (để b/c)", "Giám đốc, các PGĐ Sở", "Lưu: VT, TTra"],
      signer: { authority: ["KT. GIÁM ĐỐC"], title: "PHÓ GIÁM ĐỐC", name: "Trần Văn Bình" },
    },
    body: [
      paragraph(
        "Thực hiện Quy chế phối hợp phòng, chống tội phạm trong lĩnh vực thông tin và truyền thông trên địa bàn tỉnh, Sở Thông tin và Truyền thông báo cáo kết quả 6 tháng đầu năm 2023 như sau:",
      ),
      heading(1, "I. KẾT QUẢ THỰC HIỆN"),
      heading(2, "1. Công tác tuyên truyền, phổ biến pháp luật"),
      paragraph(
        "Các cơ quan, đơn vị đã tổ chức 45 hội nghị tuyên truyền với 3.250 lượt người tham dự; phát hành 12.000 tờ rơi về phương thức, thủ đoạn của tội phạm sử dụng công nghệ cao.",
      ),
      heading(3, "a) Kết quả thanh tra, kiểm tra"),
      bullet("Thanh tra, kiểm tra 32 tổ chức, cá nhân; phát hiện và xử lý 9 trường hợp vi phạm."),
      bullet("Tổng số tiền xử phạt vi phạm hành chính: 187,5 triệu đồng."),
      {
        type: "table",
        caption: "Đơn vị tính: vụ",
        header: cells("STT", "Lĩnh vực", "6 tháng đầu năm 2022", "6 tháng đầu năm 2023"),
        rows: [
          cells("1", "Viễn thông", "5", "4"),
          cells("2", "Internet, an toàn thông tin", "3", "3"),
          cells("3", "Báo chí, xuất bản", "2", "2"),
        ],
        widths: [1, 5, 3, 3],
        align: ["center", "left", "right", "right"],
      },
      {
        type: "chart",
        title: "Số vụ vi phạm theo lĩnh vực",
        categories: ["Viễn thông", "Internet, ATTT", "Báo chí, xuất bản"],
        series: [
          { name: "6 tháng đầu năm 2022", values: [5, 3, 2] },
          { name: "6 tháng đầu năm 2023", values: [4, 3, 2] },
        ],
      },
      heading(1, "II. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2023"),
      paragraph(
        "Tiếp tục đẩy mạnh công tác phối hợp, tập trung thanh tra, kiểm tra các hoạt động cung cấp dịch vụ viễn thông, Internet; kịp thời phát hiện, xử lý nghiêm các hành vi vi phạm.",
      ),
    ],
    appendices: [
      {
        numeral: "I",
        title: "KẾT QUẢ XỬ LÝ VI PHẠM 6 THÁNG ĐẦU NĂM 2023",
        subtitle: "(Kèm theo Báo cáo số 841/BC-STTTT ngày 03/7/2023 của Sở Thông tin và Truyền thông)",
        landscape: true,
        blocks: [
          {
            type: "table",
            header: cells(
              "STT",
              "Đơn vị",
              "Số cuộc thanh tra, kiểm tra",
              "Số vụ vi phạm",
              "Số tiền xử phạt (triệu đồng)",
              "Ghi chú",
            ),
            rows: [
              cells("1", "Sở Thông tin và Truyền thông", "12", "5", "105,0", ""),
              cells("2", "Công an tỉnh", "8", "3", "62,5", ""),
              cells("3", "UBND thành phố Hưng Yên", "12", "1", "20,0", ""),
              cells("", "Tổng cộng", "32", "9", "187,5", ""),
            ],
            widths: [1, 6, 3, 3, 3, 3],
            align: ["center", "left", "right", "right", "right", "left"],
          },
        ],
      },
    ],
  };
}
