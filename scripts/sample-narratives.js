// The narrative parts of the sample submissions (sheet "Đánh giá"), written the way units of each kind
// really write them: a sở or ngành, a UBND cấp huyện and a telecom operator each have their own
// vocabulary; units of one kind share some sentences word for word or nearly (they copy last period's
// text, the Sở's guidance or each other), and each adds sentences of its own, with its own figures.
// Deterministic and without random draws, so the figures drawn by make-samples.js do not move.
// All texts are SYNTHETIC, written for the demo; the vocabulary follows ../shared/reference/domain.md.

/** 1234567 → "1.234.567". */
const count = (value) => String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ".");

/** An amount in đồng, as a report writes it: "12,5 triệu đồng". */
function money(value) {
  const millions = Math.round(value / 100_000) / 10;
  return `${String(millions).replace(".", ",")} triệu đồng`;
}

/** Two-digit counts as administrative texts write them: 07 cuộc, 12 vụ. */
const n2 = (value) => (value < 10 ? `0${value}` : String(value));

/** The district-level unit's own words: "UBND huyện", "các xã, thị trấn", "Công an huyện". */
function districtWords(unit, config) {
  const area = config.areas.find((a) => a.code === unit.area);
  const type = area?.type ?? "huyện";
  return {
    type,
    police: `Công an ${type}`,
    communes: type === "huyện" ? "các xã, thị trấn" : "các xã, phường",
    few: type === "huyện" ? "xã, thị trấn" : "xã, phường",
    area: area?.name ?? unit.name,
  };
}

// ----------------------------------------------------------------------------------------------------
// Sở, ngành tỉnh.

const AGENCY = {
  highlights: [
    "Đã quán triệt, triển khai Quy chế phối hợp của UBND tỉnh về phòng, chống tội phạm trong lĩnh vực thông tin và truyền thông đến toàn thể cán bộ, công chức, viên chức và người lao động.",
    "Đã quán triệt, triển khai Quy chế phối hợp của UBND tỉnh về phòng, chống tội phạm trong lĩnh vực thông tin và truyền thông tới cán bộ, công chức, viên chức.",
    "Thường xuyên nhắc nhở cán bộ, công chức, viên chức thực hiện nghiêm Bộ Quy tắc ứng xử trên mạng xã hội, không chia sẻ, bình luận thông tin chưa được kiểm chứng.",
  ],
  shortcomings: [
    "Công tác phối hợp, trao đổi thông tin giữa các cơ quan có lúc chưa kịp thời.",
    "Việc phối hợp, trao đổi thông tin giữa các cơ quan, đơn vị có thời điểm còn chưa kịp thời.",
    "Chưa có cán bộ chuyên trách về an toàn thông tin, chủ yếu làm kiêm nhiệm.",
  ],
  causes: [
    "Tội phạm trong lĩnh vực thông tin và truyền thông sử dụng thủ đoạn ngày càng tinh vi, hoạt động xuyên biên giới, khó phát hiện.",
    "Thủ đoạn của tội phạm sử dụng công nghệ cao ngày càng tinh vi, hoạt động xuyên quốc gia nên việc phát hiện, xử lý gặp nhiều khó khăn.",
    "Kinh phí và trang thiết bị phục vụ công tác bảo đảm an toàn thông tin còn hạn chế.",
  ],
  directions: [
    "Tiếp tục thực hiện nghiêm Quy chế phối hợp của UBND tỉnh về phòng, chống tội phạm trong lĩnh vực thông tin và truyền thông.",
    "Tiếp tục triển khai có hiệu quả Quy chế phối hợp của UBND tỉnh về phòng, chống tội phạm trong lĩnh vực thông tin và truyền thông.",
  ],
  proposals: [
    "Đề nghị Sở Thông tin và Truyền thông tổ chức tập huấn kỹ năng bảo đảm an toàn thông tin cho cán bộ phụ trách công nghệ thông tin của các sở, ngành.",
    "Đề nghị Sở Thông tin và Truyền thông mở lớp tập huấn về an toàn thông tin cho cán bộ phụ trách công nghệ thông tin các sở, ngành.",
  ],
};

/** Sentences of one sở or ngành. `f` holds the period's figures, `year` the period's year. */
function agencyOwn(unit, f, year) {
  const incidentsSentence =
    f.TH04 === 0
      ? "Hệ thống thông tin của đơn vị hoạt động ổn định, không để xảy ra sự cố mất an toàn thông tin mạng."
      : `Đã phát hiện, khắc phục kịp thời ${n2(f.TH04)} sự cố mất an toàn thông tin mạng, không để gián đoạn hoạt động.`;
  switch (unit.code) {
    case "STTTT":
      return {
        highlights: [
          `Thanh tra Sở đã tiến hành ${n2(f.TT01)} cuộc thanh tra, kiểm tra đối với ${n2(f.TT02)} tổ chức, cá nhân trong các lĩnh vực viễn thông, Internet, bưu chính, báo chí; ban hành ${n2(f.TT04)} quyết định xử phạt vi phạm hành chính, tổng số tiền phạt ${money(f.TT05)}.`,
          `Phối hợp với Công an tỉnh rà soát, đề nghị gỡ bỏ ${f.PH01} tin, bài, tài khoản mạng xã hội vi phạm, trong đó đã gỡ bỏ, ngăn chặn ${f.PH02}; chỉ đạo các doanh nghiệp viễn thông gửi ${count(f.TU04)} tin nhắn cảnh báo thủ đoạn lừa đảo đến thuê bao trên địa bàn.`,
        ],
        shortcomings: [
          "Lực lượng thanh tra chuyên ngành của Sở chỉ có 05 người, phải đảm nhiệm nhiều lĩnh vực nên chưa kiểm tra được thường xuyên các điểm bán SIM, đại lý Internet.",
          "Nhiều tài khoản mạng xã hội vi phạm do máy chủ đặt ở nước ngoài, việc đề nghị gỡ bỏ phụ thuộc vào nhà cung cấp dịch vụ.",
        ],
        causes: [
          "Tội phạm trong lĩnh vực thông tin và truyền thông sử dụng thủ đoạn ngày càng tinh vi, hoạt động xuyên biên giới, khó phát hiện.",
          "Các nền tảng mạng xã hội xuyên biên giới chưa hợp tác đầy đủ trong việc ngăn chặn, gỡ bỏ thông tin vi phạm.",
        ],
        directions: [
          `Xây dựng kế hoạch thanh tra, kiểm tra 6 tháng cuối năm ${year}, tập trung vào việc quản lý thông tin thuê bao di động, hoạt động của trang thông tin điện tử tổng hợp và mạng xã hội.`,
          "Phối hợp với Công an tỉnh, các doanh nghiệp viễn thông đẩy mạnh tuyên truyền, cảnh báo các thủ đoạn lừa đảo qua mạng bằng tin nhắn, hệ thống truyền thanh cơ sở.",
        ],
        proposals: [
          "Đề nghị UBND tỉnh bổ sung biên chế cho Thanh tra Sở để đáp ứng yêu cầu thanh tra, kiểm tra trên không gian mạng.",
          "Đề nghị Bộ Thông tin và Truyền thông tiếp tục làm việc với các nền tảng xuyên biên giới để gỡ bỏ kịp thời thông tin sai sự thật về địa phương.",
        ],
      };
    case "CAT":
      return {
        highlights: [
          `Đã tiếp nhận, xác minh ${n2(f.TH03)} vụ việc lừa đảo, chiếm đoạt tài sản qua mạng viễn thông, Internet; khởi tố ${n2(f.PH04)} vụ án với ${n2(f.PH05)} bị can.`,
          `Phòng An ninh mạng và phòng chống tội phạm sử dụng công nghệ cao phát hiện ${f.TH05} tài khoản mạng xã hội, trang thông tin đăng tải thông tin xấu, độc; phối hợp với Sở Thông tin và Truyền thông xử phạt vi phạm hành chính ${n2(f.TT04)} trường hợp.`,
          "Chỉ đạo Công an các huyện, thị xã, thành phố tăng cường tuần tra tại các tuyến cáp, nhà trạm thường xảy ra trộm cắp.",
        ],
        shortcomings: [
          "Nhiều vụ lừa đảo qua mạng bị hại trình báo muộn, tiền đã bị chuyển qua nhiều tài khoản nên khó thu hồi.",
          "Việc xác minh chủ tài khoản ngân hàng, thuê bao di động có lúc còn chậm do phải phối hợp với nhiều đơn vị ngoài tỉnh.",
        ],
        causes: [
          "Thủ đoạn của tội phạm sử dụng công nghệ cao ngày càng tinh vi, hoạt động xuyên quốc gia nên việc phát hiện, xử lý gặp nhiều khó khăn.",
          "Tình trạng mua bán tài khoản ngân hàng, SIM điện thoại đăng ký sai thông tin vẫn còn, tạo điều kiện cho đối tượng che giấu hành vi.",
        ],
        directions: [
          "Tập trung điều tra, làm rõ các vụ lừa đảo chiếm đoạt tài sản qua mạng; đấu tranh với các đường dây mua bán tài khoản ngân hàng, SIM kích hoạt sẵn.",
          `Phối hợp với Sở Thông tin và Truyền thông, các doanh nghiệp viễn thông triển khai cao điểm tấn công, trấn áp tội phạm trộm cắp cáp viễn thông trong 6 tháng cuối năm ${year}.`,
        ],
        proposals: [
          "Đề nghị các ngân hàng thương mại trên địa bàn phối hợp phong tỏa kịp thời tài khoản nhận tiền lừa đảo theo yêu cầu của cơ quan Công an.",
          "Đề nghị các doanh nghiệp viễn thông cung cấp nhanh thông tin thuê bao phục vụ công tác điều tra.",
        ],
      };
    case "SVHTTDL":
      return {
        highlights: [
          `Đăng tải ${n2(f.TU01)} tin, bài tuyên truyền trên Cổng thông tin điện tử của Sở; lồng ghép nội dung bảo đảm an toàn thông tin trong các hoạt động văn hóa, du lịch.`,
          "Phối hợp kiểm tra hoạt động quảng cáo, kinh doanh trò chơi điện tử tại các cơ sở dịch vụ trên địa bàn.",
          incidentsSentence,
        ],
        shortcomings: [
          "Một số cơ sở lưu trú, điểm du lịch chưa quan tâm bảo mật mạng Wi-Fi công cộng.",
          AGENCY.shortcomings[1],
        ],
        causes: [
          AGENCY.causes[1],
          "Chủ cơ sở kinh doanh dịch vụ chưa nhận thức đầy đủ trách nhiệm bảo đảm an toàn thông tin.",
        ],
        directions: [
          AGENCY.directions[0],
          "Tăng cường kiểm tra hoạt động quảng cáo trên môi trường mạng của các cơ sở kinh doanh du lịch.",
        ],
        proposals: [
          AGENCY.proposals[0],
          "Đề nghị Sở Thông tin và Truyền thông chia sẻ danh sách trang web, ứng dụng du lịch giả mạo để cảnh báo du khách.",
        ],
      };
    case "SCT":
      return {
        highlights: [
          AGENCY.highlights[1],
          "Chỉ đạo lực lượng quản lý thị trường kiểm tra việc kinh doanh SIM, thẻ cào, thiết bị đầu cuối tại các cửa hàng, đại lý; tuyên truyền người tiêu dùng cảnh giác với các trang thương mại điện tử giả mạo.",
          incidentsSentence,
        ],
        shortcomings: [
          "Việc kiểm tra các cơ sở thu mua phế liệu để phát hiện cáp viễn thông do trộm cắp mà có chưa được thực hiện thường xuyên.",
          AGENCY.shortcomings[0],
        ],
        causes: [
          "Hoạt động mua bán hàng hóa qua mạng phát triển nhanh, người bán thường không có địa chỉ cố định.",
          AGENCY.causes[0],
        ],
        directions: [
          AGENCY.directions[1],
          "Phối hợp với Công an tỉnh kiểm tra các cơ sở thu mua phế liệu, xử lý nghiêm việc thu mua cáp viễn thông không rõ nguồn gốc.",
        ],
        proposals: ["Không có kiến nghị.", "Đơn vị sẽ báo cáo khi có phát sinh vướng mắc."],
      };
    case "STP":
      return {
        highlights: [
          AGENCY.highlights[0],
          `Lồng ghép pháp luật về an ninh mạng, viễn thông vào ${n2(f.TU02)} hội nghị phổ biến, giáo dục pháp luật với ${count(f.TU03)} lượt người tham dự.`,
          "Biên soạn tài liệu hỏi đáp về phòng, chống lừa đảo qua mạng gửi các huyện, thị xã, thành phố để tuyên truyền ở cơ sở.",
        ],
        shortcomings: [
          "Hình thức tuyên truyền ở cơ sở chủ yếu qua hội nghị, chưa tận dụng được mạng xã hội.",
          AGENCY.shortcomings[2],
        ],
        causes: [
          "Đội ngũ báo cáo viên pháp luật cấp huyện, xã còn thiếu kiến thức chuyên sâu về công nghệ thông tin.",
          AGENCY.causes[1],
        ],
        directions: [
          AGENCY.directions[0],
          "Đổi mới hình thức phổ biến, giáo dục pháp luật, đưa tình huống lừa đảo qua mạng thực tế vào tài liệu tuyên truyền.",
        ],
        proposals: [
          AGENCY.proposals[1],
          "Đề nghị Công an tỉnh cung cấp các vụ việc điển hình để biên soạn tài liệu tuyên truyền.",
        ],
      };
    case "SGDDT":
      return {
        highlights: [
          AGENCY.highlights[1],
          "Chỉ đạo các trường học tuyên truyền cho học sinh, cha mẹ học sinh về kỹ năng sử dụng mạng xã hội an toàn, cảnh giác với thủ đoạn giả danh nhà trường báo tin học sinh gặp nạn để lừa chuyển tiền.",
          AGENCY.highlights[2],
        ],
        shortcomings: [
          "Vẫn còn học sinh tham gia các hội nhóm trên mạng xã hội có nội dung không lành mạnh.",
          AGENCY.shortcomings[0],
        ],
        causes: [
          "Học sinh sử dụng điện thoại thông minh ngày càng sớm trong khi kỹ năng tự bảo vệ trên mạng còn hạn chế.",
          "Sự phối hợp giữa nhà trường và gia đình trong quản lý việc sử dụng mạng xã hội của học sinh chưa chặt chẽ.",
        ],
        directions: [
          AGENCY.directions[1],
          "Đưa nội dung an toàn trên không gian mạng vào hoạt động trải nghiệm, sinh hoạt dưới cờ đầu năm học mới.",
        ],
        proposals: [
          "Đề nghị Công an tỉnh cử báo cáo viên tuyên truyền tại các trường trung học phổ thông.",
          AGENCY.proposals[0],
        ],
      };
    case "VKSND":
      return {
        highlights: [
          "Kiểm sát chặt chẽ việc tiếp nhận, giải quyết nguồn tin về tội phạm trong lĩnh vực thông tin và truyền thông, bảo đảm đúng thời hạn.",
          "Phối hợp với Cơ quan điều tra thống nhất đường lối xử lý các vụ án lừa đảo chiếm đoạt tài sản qua mạng và trộm cắp cáp viễn thông.",
          incidentsSentence,
        ],
        shortcomings: [
          "Việc thu thập, bảo quản chứng cứ điện tử trong một số vụ án còn lúng túng.",
          AGENCY.shortcomings[1],
        ],
        causes: [
          "Chứng cứ điện tử dễ bị xóa, thay đổi; việc giám định phải gửi ra cơ quan trung ương nên kéo dài thời gian.",
          AGENCY.causes[0],
        ],
        directions: [
          AGENCY.directions[0],
          "Tăng cường kiểm sát việc thu thập chứng cứ điện tử ngay từ giai đoạn tiếp nhận nguồn tin.",
        ],
        proposals: [
          "Đề nghị Sở Thông tin và Truyền thông phối hợp hỗ trợ chuyên môn trong việc trưng cầu giám định nội dung thông tin.",
          "Đề nghị tổ chức tập huấn liên ngành về thu thập, bảo quản chứng cứ điện tử.",
        ],
      };
    case "DPTTH":
      return {
        highlights: [
          `Phát sóng ${f.TU01} tin, phóng sự, chuyên mục về phòng, chống tội phạm sử dụng công nghệ cao và bảo vệ hạ tầng viễn thông.`,
          "Phối hợp với Công an tỉnh thực hiện chuyên mục cảnh giác lừa đảo qua mạng, phát hằng tuần trên sóng truyền hình và nền tảng số của Đài.",
          incidentsSentence,
        ],
        shortcomings: [
          "Trang mạng xã hội của Đài có lúc bị giả mạo để đăng tin thất thiệt, việc báo cáo gỡ bỏ còn mất nhiều thời gian.",
          AGENCY.shortcomings[2],
        ],
        causes: [AGENCY.causes[1], "Nền tảng mạng xã hội xử lý báo cáo giả mạo chậm."],
        directions: [
          AGENCY.directions[1],
          "Tăng thời lượng tin, bài cảnh báo thủ đoạn lừa đảo mới, phát lại trên hệ thống truyền thanh cơ sở.",
        ],
        proposals: [
          "Đề nghị Sở Thông tin và Truyền thông hỗ trợ Đài xác thực các tài khoản mạng xã hội chính thức.",
          AGENCY.proposals[1],
        ],
      };
    default:
      return {
        highlights: [AGENCY.highlights[0], AGENCY.highlights[2], incidentsSentence],
        shortcomings: [AGENCY.shortcomings[0], AGENCY.shortcomings[2]],
        causes: [AGENCY.causes[0], AGENCY.causes[2]],
        directions: [AGENCY.directions[0]],
        proposals: [AGENCY.proposals[0]],
      };
  }
}

// ----------------------------------------------------------------------------------------------------
// UBND huyện, thị xã, thành phố.

/** What is specific to each district-level area (places, people at risk, local problems). */
const DISTRICT_LOCAL = {
  TPHY: {
    highlight:
      "Công an thành phố phối hợp với các trường trung học phổ thông tổ chức tuyên truyền kỹ năng an toàn trên mạng cho học sinh.",
    shortcoming: "Tình trạng treo, kéo cáp viễn thông chằng chịt trên các tuyến phố cũ chưa được chỉnh trang.",
    direction: "Phối hợp với các doanh nghiệp viễn thông chỉnh trang, hạ ngầm cáp trên các tuyến phố chính.",
    proposal: "Đề nghị UBND tỉnh bố trí kinh phí hỗ trợ hạ ngầm cáp viễn thông trong khu vực nội thành.",
  },
  MYHAO: {
    highlight:
      "Phối hợp với Ban quản lý khu công nghiệp Phố Nối A tuyên truyền cho công nhân về thủ đoạn lừa đảo tuyển dụng, vay tiền qua ứng dụng.",
    shortcoming:
      "Công nhân lao động ngoại tỉnh thuê trọ đông, nhiều người bị lừa đảo qua các ứng dụng cho vay nhưng không trình báo.",
    direction: "Tổ chức tuyên truyền tại các khu nhà trọ công nhân.",
    proposal: "Đề nghị Công an tỉnh hỗ trợ tài liệu tuyên truyền bằng hình ảnh phù hợp với công nhân.",
  },
  VANLAM: {
    highlight: (f) =>
      f.TH01 > 0
        ? "Công an huyện đã phối hợp với doanh nghiệp viễn thông lập biên bản hiện trường, truy xét đối tượng trong các vụ cắt cáp tại xã Đình Dù, Lạc Đạo."
        : "Công an huyện duy trì tuần tra tại các trạm phát sóng trên địa bàn xã Đình Dù, Lạc Đạo, nơi trước đây thường xảy ra trộm ắc quy.",
    shortcoming: "Tuyến cáp dọc quốc lộ 5 qua địa bàn đi qua nhiều khu vực vắng, khó bảo vệ.",
    direction: "Duy trì tuần tra ban đêm tại các khu vực thường xảy ra trộm cắp cáp, thiết bị viễn thông.",
    proposal: "Đề nghị các doanh nghiệp viễn thông lắp camera giám sát tại các trạm phát sóng ở khu vực vắng.",
  },
  VANGIANG: {
    highlight:
      "Phối hợp với Ban quản lý các khu đô thị tuyên truyền cư dân cảnh giác với thủ đoạn giả danh ban quản lý, chủ đầu tư để lừa thu phí.",
    shortcoming: "Một số cư dân khu đô thị bị lừa đảo qua hình thức đầu tư tài chính trực tuyến với số tiền lớn.",
    direction: "Tăng cường phối hợp với ban quản lý các khu đô thị, khu dân cư mới trong công tác tuyên truyền.",
    proposal: "Đề nghị Công an tỉnh thông báo kịp thời các thủ đoạn lừa đảo đầu tư mới để cảnh báo cư dân.",
  },
  YENMY: {
    highlight:
      "Chỉ đạo Công an các xã, thị trấn kiểm tra các cơ sở thu mua phế liệu dọc quốc lộ 39, không phát hiện thu mua cáp viễn thông không rõ nguồn gốc.",
    shortcoming: "Số lượng cơ sở thu mua phế liệu lớn, việc kiểm tra chưa thường xuyên.",
    direction: "Kiểm tra định kỳ các cơ sở thu mua phế liệu, yêu cầu cam kết không thu mua cáp viễn thông.",
    proposal: "Đề nghị Sở Công Thương hướng dẫn việc quản lý các cơ sở thu mua phế liệu.",
  },
  ANTHI: {
    highlight:
      "Tuyên truyền tại các buổi sinh hoạt của Hội Người cao tuổi, Hội Liên hiệp Phụ nữ về thủ đoạn giả danh công an, bưu điện gọi điện lừa đảo.",
    shortcoming: "Người cao tuổi ở nông thôn vẫn bị lừa qua điện thoại với thủ đoạn giả danh người thân gặp nạn.",
    direction: "Phối hợp với các hội, đoàn thể đưa nội dung cảnh giác lừa đảo vào sinh hoạt định kỳ.",
    proposal:
      "Đề nghị Sở Thông tin và Truyền thông cung cấp các bản tin phát thanh cảnh báo lừa đảo để phát trên đài truyền thanh xã.",
  },
  KHOAICHAU: {
    highlight: "Phối hợp với VNPT Hưng Yên khắc phục kịp thời các sự cố đứt cáp quang dọc tuyến đê tả sông Hồng.",
    shortcoming: "Hiện tượng đốt rơm rạ, vận chuyển vật liệu quá khổ làm đứt cáp treo vẫn còn xảy ra.",
    direction: "Chỉ đạo UBND các xã, thị trấn tuyên truyền người dân không đốt rơm rạ gần tuyến cáp.",
    proposal: "Đề nghị các doanh nghiệp viễn thông nâng độ cao cáp treo tại các điểm giao cắt đường liên xã.",
  },
  KIMDONG: {
    highlight:
      "Công an huyện phối hợp với Viettel Hưng Yên xác minh, xử lý đối tượng sử dụng SIM kích hoạt sẵn để đăng ký tài khoản mạng xã hội giả mạo.",
    shortcoming: "Một số điểm bán lẻ nhỏ lẻ vẫn bán SIM đã kích hoạt sẵn.",
    direction: "Phối hợp kiểm tra các điểm bán SIM, thẻ cào trên địa bàn.",
    proposal: "Đề nghị các doanh nghiệp viễn thông quản lý chặt chẽ các điểm bán SIM.",
  },
  TIENLU: {
    highlight: (f) =>
      f.TH01 > 0
        ? "Công an huyện đã bắt giữ đối tượng cắt trộm cáp viễn thông, thu hồi phần lớn số cáp bị lấy."
        : "Các tổ tự quản ở thôn, khu phố đã phát huy hiệu quả, trong kỳ không để xảy ra vụ cắt trộm cáp viễn thông.",
    shortcoming: "Một số vụ trộm cắp cáp xảy ra ban đêm ở khu vực cánh đồng, phát hiện muộn.",
    direction: "Xây dựng mô hình tổ tự quản bảo vệ tuyến cáp tại thôn, khu phố.",
    proposal: "Đề nghị các doanh nghiệp viễn thông hỗ trợ kinh phí cho các tổ tự quản bảo vệ tuyến cáp.",
  },
  PHUCU: {
    highlight:
      "Thành lập nhóm Zalo kết nối Công an các xã với kỹ thuật viên các doanh nghiệp viễn thông để thông báo nhanh các sự cố hạ tầng.",
    shortcoming: "Cán bộ văn hóa xã kiêm nhiệm nhiều việc, chưa được tập huấn về an toàn thông tin.",
    direction: "Cử cán bộ văn hóa xã tham gia các lớp tập huấn về an toàn thông tin do tỉnh tổ chức.",
    proposal: "Đề nghị Sở Thông tin và Truyền thông tổ chức tập huấn cho cán bộ văn hóa, thông tin cấp xã.",
  },
};

function districtOwn(unit, f, year, config, index) {
  const w = districtWords(unit, config);
  const local = DISTRICT_LOCAL[unit.area] ?? DISTRICT_LOCAL.PHUCU;
  const alt = index % 2 === 0;
  const opening = alt
    ? `Đã ban hành văn bản chỉ đạo các phòng, ban chuyên môn, ${w.police} và UBND ${w.communes} triển khai Quy chế phối hợp của UBND tỉnh về phòng, chống tội phạm trong lĩnh vực thông tin và truyền thông.`
    : `Đã chỉ đạo Phòng Văn hóa và Thông tin, ${w.police} và UBND ${w.communes} triển khai thực hiện Quy chế phối hợp của UBND tỉnh về phòng, chống tội phạm trong lĩnh vực thông tin và truyền thông.`;
  const radio =
    index % 3 === 0
      ? `Hệ thống truyền thanh cơ sở thường xuyên phát tin cảnh báo các thủ đoạn lừa đảo qua mạng, tuyên truyền người dân bảo vệ hạ tầng viễn thông; ${f.TU01} tin, bài đã được đăng, phát.`
      : `Hệ thống đài truyền thanh ${w.communes} thường xuyên phát tin cảnh báo thủ đoạn lừa đảo qua mạng và tuyên truyền người dân bảo vệ hạ tầng viễn thông.`;
  const theft =
    f.TH01 === 0
      ? "Trên địa bàn không xảy ra vụ trộm cắp, phá hoại hạ tầng viễn thông."
      : `Trên địa bàn xảy ra ${n2(f.TH01)} vụ trộm cắp, phá hoại hạ tầng viễn thông, thiệt hại ${money(f.TH02)}; các vụ việc đã được chuyển Công an xác minh, xử lý.`;
  const fraud = `Tiếp nhận ${n2(f.TH03)} tin báo về lừa đảo chiếm đoạt tài sản qua mạng, đã chuyển ${w.police} xác minh.`;
  const own = typeof local.highlight === "function" ? local.highlight(f) : local.highlight;
  const highlights = [opening, index % 2 === 0 ? radio : theft, own];
  if (index % 3 === 1) highlights.push(fraud);
  const shortcomings = [
    index % 2 === 0
      ? `Công tác tuyên truyền ở một số ${w.few} còn hình thức, chưa sâu rộng đến người dân.`
      : `Việc tuyên truyền tại một số ${w.few} còn mang tính hình thức, chưa đến được với người dân.`,
    local.shortcoming,
  ];
  if (index % 4 === 3) shortcomings.push("Cán bộ phụ trách công nghệ thông tin cấp xã còn thiếu, chủ yếu kiêm nhiệm.");
  const causes = [
    index % 2 === 1
      ? "Nhận thức của một bộ phận người dân về bảo vệ hạ tầng viễn thông và cảnh giác với lừa đảo qua mạng còn hạn chế."
      : "Một bộ phận người dân còn thiếu cảnh giác với lừa đảo qua mạng, chưa quan tâm bảo vệ hạ tầng viễn thông.",
    "Đối tượng thường lợi dụng đêm tối, khu vực vắng người để trộm cắp cáp, tiêu thụ tại các cơ sở thu mua phế liệu ngoài địa bàn.",
  ];
  if (index % 3 === 2) causes.push("Kinh phí cho hoạt động của hệ thống truyền thanh cơ sở còn hạn chế.");
  const directions = [
    `Tiếp tục chỉ đạo UBND ${w.communes} tăng cường tuyên truyền, cảnh báo các thủ đoạn lừa đảo qua mạng trong 6 tháng cuối năm ${year}.`,
    local.direction,
  ];
  const proposals = [
    index % 2 === 0
      ? "Đề nghị Sở Thông tin và Truyền thông tiếp tục cung cấp tài liệu tuyên truyền về phòng, chống lừa đảo qua mạng cho cấp huyện, cấp xã."
      : "Đề nghị Sở Thông tin và Truyền thông tiếp tục cung cấp tài liệu, bản tin tuyên truyền về phòng, chống lừa đảo qua mạng cho cấp huyện, xã.",
    local.proposal,
  ];
  return { highlights, shortcomings, causes, directions, proposals };
}

// ----------------------------------------------------------------------------------------------------
// Doanh nghiệp viễn thông, công nghệ thông tin.

const ENTERPRISE_LOCAL = {
  VNPT: {
    own: "Hệ thống giám sát, cảnh báo từ xa đã được lắp đặt tại toàn bộ nhà trạm; lực lượng ứng cứu thông tin trực 24/24 giờ.",
    shortcoming: "Tuyến cáp đồng cũ còn nhiều, giá trị thu hồi cao nên thường bị cắt trộm.",
    direction: "Đẩy nhanh thu hồi cáp đồng, thay thế bằng cáp quang để giảm nguy cơ trộm cắp.",
  },
  VIETTEL: {
    own: "Đã nâng cấp khóa tủ nguồn, lắp cảm biến mở cửa tại các trạm phát sóng thường xảy ra trộm ắc quy.",
    shortcoming: "Trạm phát sóng đặt ở khu vực cánh đồng, xa khu dân cư nên khó bảo vệ.",
    direction: "Lắp đặt bổ sung camera giám sát tại các trạm phát sóng có nguy cơ cao.",
  },
  MOBIFONE: {
    own: "Phối hợp với chính quyền địa phương tuyên truyền, vận động người dân thông báo khi phát hiện đối tượng khả nghi tại trạm phát sóng.",
    shortcoming: "Việc khôi phục thiết bị bị trộm cắp mất nhiều thời gian do phải điều chuyển từ kho khu vực.",
    direction: "Dự phòng thiết bị thay thế tại chỗ để khôi phục thông tin nhanh khi bị trộm cắp.",
  },
  FPT: {
    own: "Đã rà soát, khắc phục lỗ hổng bảo mật trên thiết bị đầu cuối của khách hàng và khuyến cáo đổi mật khẩu mặc định của modem.",
    shortcoming: "Cáp quang thuê bao treo chung cột điện lực, thường bị đứt khi thi công công trình.",
    direction: "Phối hợp với các đơn vị thi công công trình để di dời cáp trước khi thi công.",
  },
};

function enterpriseOwn(unit, f, year, index) {
  const local = ENTERPRISE_LOCAL[unit.code] ?? ENTERPRISE_LOCAL.MOBIFONE;
  const telecom = unit.code !== "FPT";
  const highlights = [
    index % 2 === 0
      ? "Đã phối hợp chặt chẽ với Công an các huyện, thị xã, thành phố lập biên bản hiện trường các vụ cắt trộm cáp, cung cấp thông tin thuê bao phục vụ điều tra theo yêu cầu."
      : "Đã phối hợp chặt chẽ với Công an các huyện, thị xã, thành phố lập biên bản hiện trường các vụ cắt trộm cáp và cung cấp thông tin thuê bao phục vụ điều tra.",
    local.own,
  ];
  if (telecom && f.PH03 > 0)
    highlights.push(
      `Thực hiện chuẩn hóa thông tin thuê bao; tạm dừng, thu hồi ${count(f.PH03)} thuê bao có thông tin không chính xác hoặc phát tán tin nhắn, cuộc gọi rác; gửi ${count(f.TU04)} tin nhắn cảnh báo lừa đảo đến khách hàng.`,
    );
  else if (f.TU04 > 0)
    highlights.push(`Gửi ${count(f.TU04)} tin nhắn, thư điện tử cảnh báo thủ đoạn lừa đảo đến khách hàng.`);
  const shortcomings = [
    f.TH01 === 0
      ? "Trong kỳ không xảy ra vụ trộm cắp hạ tầng, tuy nhiên nguy cơ vẫn còn cao."
      : `Trong kỳ xảy ra ${n2(f.TH01)} vụ trộm cắp, phá hoại hạ tầng viễn thông của doanh nghiệp, thiệt hại ${money(f.TH02)}, gây gián đoạn thông tin liên lạc cục bộ.`,
    local.shortcoming,
  ];
  const causes = [
    index % 2 === 0
      ? "Đối tượng trộm cắp hoạt động vào ban đêm, tại khu vực vắng người, khi bị phát hiện thì đã tẩu thoát."
      : "Các đối tượng trộm cắp thường hoạt động vào ban đêm ở khu vực vắng người nên khó phát hiện, bắt giữ.",
    "Cáp viễn thông sau khi bị cắt trộm được tiêu thụ dễ dàng tại các cơ sở thu mua phế liệu.",
  ];
  const directions = [
    `Tiếp tục phối hợp với Công an các địa phương bảo vệ hạ tầng mạng lưới, bảo đảm thông tin liên lạc thông suốt trong 6 tháng cuối năm ${year}.`,
    local.direction,
  ];
  if (telecom) directions.push("Tiếp tục rà soát, chuẩn hóa thông tin thuê bao, ngăn chặn tin nhắn rác, cuộc gọi rác.");
  const proposals = [
    index % 2 === 1
      ? "Đề nghị Công an các huyện, thị xã, thành phố tăng cường tuần tra bảo vệ tuyến cáp, xử lý nghiêm các đối tượng trộm cắp cáp viễn thông."
      : "Đề nghị Công an các huyện, thị xã, thành phố tăng cường tuần tra, bảo vệ tuyến cáp và xử lý nghiêm các đối tượng trộm cắp cáp viễn thông.",
    "Đề nghị Sở Công Thương chỉ đạo kiểm tra, xử lý các cơ sở thu mua phế liệu tiêu thụ cáp viễn thông do trộm cắp mà có.",
  ];
  if (index === 0)
    proposals.push(
      "Đề nghị UBND tỉnh chỉ đạo các địa phương phối hợp hạ ngầm, chỉnh trang cáp viễn thông khi cải tạo đường giao thông.",
    );
  return { highlights, shortcomings, causes, directions, proposals };
}

/**
 * The sheet "Đánh giá" of one unit for one half-year: 2–4 sentences per section.
 * `figures` maps indicator codes to the period's values (missing codes count as 0).
 */
export function assessmentFor(unit, config, year, figures) {
  const f = new Proxy(figures, { get: (target, code) => target[code] ?? 0 });
  const ofKind = config.units.filter((u) => u.kind === unit.kind);
  const index = ofKind.findIndex((u) => u.code === unit.code);
  const parts =
    unit.kind === "district"
      ? districtOwn(unit, f, year, config, index)
      : unit.kind === "enterprise"
        ? enterpriseOwn(unit, f, year, index)
        : agencyOwn(unit, f, year);
  return Object.fromEntries(Object.entries(parts).map(([section, sentences]) => [section, sentences.join(" ")]));
}
