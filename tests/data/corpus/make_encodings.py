"""Write the corpus files whose bytes are not plain UTF-8.

Each output is derived from a UTF-8 source in sources/ (same base name). Run once from any
directory:  python3 tests/data/corpus/make_encodings.py
The outputs are committed; rerunning reproduces them byte for byte.
"""

import base64
import quopri
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "sources"


def read(name):
    return (SRC / name).read_text(encoding="utf-8")


def crlf(text):
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def write(name, data):
    (HERE / name).write_bytes(data)
    print(f"{name}: {len(data)} bytes")


def main():
    # UTF-8 with a byte-order mark (Windows Notepad "UTF-8 with BOM")
    write("2022-yunling-qu-renshe.txt", b"\xef\xbb\xbf" + read("2022-yunling-qu-renshe.txt").encode("utf-8"))

    # GBK, CRLF line ends (text saved from a PDF viewer on Windows)
    write("2023-liutang-xian-ziranziyuan.txt", crlf(read("2023-liutang-xian-ziranziyuan.txt")).encode("gbk"))
    write("2017-laodong-qu-fagai.txt", read("2017-laodong-qu-fagai.txt").encode("gbk"))

    # GB18030: the text holds a character outside GBK (a rare character in a village name)
    text = read("2023-anlan-xian-yibao.txt")
    try:
        text.encode("gbk")
    except UnicodeEncodeError:
        pass
    else:
        raise SystemExit("2023-anlan-xian-yibao: expected a character outside GBK")
    write("2023-anlan-xian-yibao.txt", crlf(text).encode("gb18030"))

    # UTF-16 LE with BOM, CRLF (Notepad "Unicode")
    write(
        "2022-meijiang-shengtaihuanjing-dongan.txt",
        b"\xff\xfe" + crlf(read("2022-meijiang-shengtaihuanjing-dongan.txt")).encode("utf-16-le"),
    )

    # UTF-16 BE without BOM
    write("2018-hualin-xian-linye.txt", read("2018-hualin-xian-linye.txt").encode("utf-16-be"))

    # UTF-8 with one stray invalid byte in the middle of a prose sentence
    text = read("2024-xuanping-xian-jiaotong.txt")
    anchor = "缺乏结合本地"
    assert text.count(anchor) == 1
    head, tail = text.split(anchor)
    write(
        "2024-xuanping-xian-jiaotong.txt",
        head.encode("utf-8") + "缺乏结合".encode() + b"\xff" + "本地".encode() + tail.encode("utf-8"),
    )

    # An .htm page declared as gb2312 whose bytes are GBK
    html = read("2022-wuchuan-xian-sifa.html")
    assert "charset=gb2312" in html
    write("2022-wuchuan-xian-sifa.htm", crlf(html).encode("gbk"))

    # MHTML as saved by a Chromium browser: quoted-printable HTML, a CSS part, a base64 image
    write("2021-songchuan-xian-yingji.mhtml", mhtml(read("2021-songchuan-xian-yingji.html")))


PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)
CSS = """body{margin:0;font-family:"Microsoft YaHei",sans-serif;background:#f4f4f4}
.container{width:1200px;margin:0 auto}
.TRS_Editor p{font-size:16px;line-height:2;text-indent:2em}
.site-footer{background:#1b5ea8;color:#fff;text-align:center;padding:20px 0}
"""


def mhtml(html):
    boundary = "----MultipartBoundary--q7VNm0aWzgS3R6iHUuxCkDpfYMvIfT7yXrNsE8cBJl----"
    base = "http://www.songchuan.gov.cn/zwgk/ndbg/202201/t20220121_1876543.htm"

    def qp(data):
        return quopri.encodestring(data).replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")

    parts = [
        f"From: <Saved by Blink>\r\n"
        f"Snapshot-Content-Location: {base}\r\n"
        f"Subject: =?utf-8?Q?=E6=9D=BE=E5=B7=9D=E5=8E=BF=E5=BA=94=E6=80=A5=E7=AE=A1=E7=90=86=E5=B1=802021?=\r\n"
        f" =?utf-8?Q?=E5=B9=B4=E6=94=BF=E5=BA=9C=E4=BF=A1=E6=81=AF=E5=85=AC=E5=BC=80=E5=B7=A5=E4=BD=9C?=\r\n"
        f" =?utf-8?Q?=E5=B9=B4=E5=BA=A6=E6=8A=A5=E5=91=8A?=\r\n"
        f"Date: Tue, 25 Jan 2022 10:15:32 +0800\r\n"
        f"MIME-Version: 1.0\r\n"
        f"Content-Type: multipart/related;\r\n"
        f'\ttype="text/html";\r\n'
        f'\tboundary="{boundary}"\r\n\r\n\r\n'.encode("ascii"),
        f"--{boundary}\r\n"
        f"Content-Type: text/html\r\n"
        f"Content-ID: <frame-8D2C6A0E4F1B3A7C9E5D2F1A0B6C4E8D@mhtml.blink>\r\n"
        f"Content-Transfer-Encoding: quoted-printable\r\n"
        f"Content-Location: {base}\r\n\r\n".encode("ascii")
        + qp(crlf(html).encode("utf-8"))
        + b"\r\n",
        f"--{boundary}\r\n"
        f"Content-Type: text/css\r\n"
        f"Content-Transfer-Encoding: quoted-printable\r\n"
        f"Content-Location: http://www.songchuan.gov.cn/css/style.css\r\n\r\n".encode("ascii")
        + qp(crlf(CSS).encode("utf-8"))
        + b"\r\n",
        f"--{boundary}\r\n"
        f"Content-Type: image/png\r\n"
        f"Content-Transfer-Encoding: base64\r\n"
        f"Content-Location: http://www.songchuan.gov.cn/images/logo.png\r\n\r\n".encode("ascii")
        + base64.encodebytes(PNG).replace(b"\n", b"\r\n")
        + b"\r\n",
        f"--{boundary}--\r\n".encode("ascii"),
    ]
    return b"".join(parts)


if __name__ == "__main__":
    main()
