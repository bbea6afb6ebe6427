// The yaml library's own text is English; its error code says enough to name the fault (config and
// template front matter both use these).

/** Codes of the yaml library's errors (yaml 2, `YAMLError.code`) a clerk is likely to meet. */
export const yamlFaultsVi: Record<string, string> = {
  BAD_INDENT: "thụt lề không đúng (các khóa cùng cấp phải thẳng cột)",
  TAB_AS_INDENT: "dùng phím Tab để thụt lề; hãy dùng dấu cách",
  MISSING_CHAR: "thiếu dấu đóng (], }, \" hoặc ')",
  DUPLICATE_KEY: "một khóa được viết hai lần",
  UNEXPECTED_TOKEN: "có ký tự không đúng chỗ",
  MULTILINE_IMPLICIT_KEY: "khóa bị ngắt sang nhiều dòng (thiếu dấu ':' hoặc thụt lề sai)",
  BLOCK_AS_IMPLICIT_KEY: "thiếu dấu ':' sau khóa hoặc thụt lề sai",
  BAD_SCALAR_START: "giá trị bắt đầu bằng ký tự đặc biệt; hãy đặt nó trong dấu nháy kép",
  BAD_DQ_ESCAPE: "ký tự '\\' không hợp lệ trong chuỗi nháy kép",
  BAD_ALIAS: "tham chiếu (*) không hợp lệ",
  MULTIPLE_DOCS: "tệp chỉ được có một tài liệu YAML (bỏ dòng '---' thứ hai)",
  RESOURCE_EXHAUSTION: "tệp có quá nhiều tham chiếu (*) lồng nhau",
  OTHER: "kiểm tra thụt lề, dấu ':' sau mỗi khóa và các dấu ngoặc ở dòng này",
};

export const yamlFaultsEn: Record<string, string> = {
  BAD_INDENT: "wrong indentation (keys of the same level must line up)",
  TAB_AS_INDENT: "indented with Tab; use spaces",
  MISSING_CHAR: "a closing ], }, \" or ' is missing",
  DUPLICATE_KEY: "a key is written twice",
  MULTILINE_IMPLICIT_KEY: "a key runs over several lines (a missing ':' or wrong indentation)",
  BLOCK_AS_IMPLICIT_KEY: "a missing ':' after a key, or wrong indentation",
  BAD_SCALAR_START: "a value starts with a special character; put it in double quotes",
  BAD_ALIAS: "an alias (*) that refers to no anchor (&)",
  MULTIPLE_DOCS: "a file holds one YAML document only (remove the second '---' line)",
  RESOURCE_EXHAUSTION: "too many nested aliases (*)",
};
