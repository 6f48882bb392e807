/**
 * The HTML briefing's style sheet, inline in the file. On screen: a page of
 * large type for a meeting room's projector, tables that scroll sideways on a
 * narrow screen. In print: A4 with the margins of Nghị định 30/2020 (top and
 * bottom 20 mm, left 30 mm, right 15 mm), Times New Roman 14 pt, body
 * justified with a 1,27 cm first line, each appendix from a new page, turned
 * when its tables need it, and numbered on its own as the Word briefing is:
 * no number on a part's first page, then 2, 3 … at the top. Chromium has no
 * selector for the first page of a part, so each appendix counts its own
 * pages in a page counter of its own (odd and even appendices alternate two,
 * each set back to 0 while the other runs), and a number 1 prints as nothing.
 */
export const HTML_STYLE = `
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:#e9e9e4;color:#111;font:20px/1.5 "Times New Roman",Times,"Liberation Serif",serif}
main{max-width:64rem;margin:1.5rem auto;background:#fff;padding:2.5rem 3.5rem;box-shadow:0 0 .6rem rgba(0,0,0,.25)}
p{margin:0 0 .45em;text-align:justify;text-indent:1.27cm}
h1,h2,h3,h4,h5,h6{font-size:1em;margin:.8em 0 .4em;text-indent:1.27cm;break-after:avoid}
h1,h2{text-transform:none}
h4,h5,h6{font-weight:normal}
ul,ol{margin:0 0 .45em;padding:0}
li{list-style:none;text-align:justify;text-indent:1.27cm;margin:0 0 .3em}
ul>li::before{content:"- "}
li ul>li{text-indent:2.54cm}
li ul>li::before{content:"+ "}
ol{counter-reset:item}
ol>li::before{counter-increment:item;content:counter(item) ". "}
.note{font-style:italic}
.frame p,.frame li{text-indent:0;text-align:center;margin:0}
.dx-header{display:grid;grid-template-columns:45% 55%;margin:0 -1cm 1.2em -1cm;font-size:.9em;line-height:1.3}
.dx-header>div{padding:0 .2em}
.dx-header .top>p:last-child::after{content:"";display:block;margin:.3em auto 0;border-top:1px solid #000;width:35%}
.dx-header .top.c2>p:last-child::after{width:70%}
.dx-header .top.c2 p{white-space:nowrap}
.dx-header .bottom{padding-top:.5em}
.dx-header .bottom.c2 p{font-style:italic}
.dx-title{margin:1.2em 0 .8em}
.dx-title p{font-weight:bold}
.dx-title::after{content:"";display:block;margin:.2em auto 0;border-top:1px solid #000;width:20%}
.dx-addressees{margin:0 0 1em 3.5cm}
.dx-addressees p,.dx-addressees li{text-align:left;text-indent:0}
.dx-addressees.grouped{display:grid;grid-template-columns:max-content 1fr;column-gap:.5em}

.dx-closing{display:grid;grid-template-columns:45% 55%;margin:1.2em 0;break-inside:avoid}
.dx-closing .recipients{font-size:.8em;line-height:1.3}
.dx-closing .recipients p,.dx-closing .recipients li{text-align:left;text-indent:0}
.dx-closing .recipients li::before{content:"- "}
.dx-closing .signature p{font-weight:bold}
.dx-closing .signature p+p{margin-top:4.5em}
.appendix{margin-top:2.5em}
.appendix-head{margin:0 0 1em}
.appendix-head h1,.appendix-head h2,.appendix-head h3{text-indent:0;text-align:center;margin:0}
.table{overflow-x:auto;margin:.4em 0 .8em;-webkit-overflow-scrolling:touch}
table{border-collapse:collapse;font-size:.85em;line-height:1.3;min-width:100%}
th,td{border:1px solid #000;padding:.15em .35em;vertical-align:middle;text-align:left}
th{font-weight:bold;text-align:center}
td.r{text-align:right}
td.c{text-align:center}
tr.group td{font-weight:bold}
figure{margin:.6em auto 1em;max-width:40rem;text-align:center}
figure svg{width:100%;height:auto;font-family:"Times New Roman",Times,serif}
pre{white-space:pre-wrap;font-size:.8em}
hr{border:0;border-top:1px solid #999;margin:2em 0}
@media screen and (max-width:48rem){body{font-size:17px}main{margin:0;padding:1rem}.dx-addressees{margin-left:0}.dx-header,.dx-closing{display:block;margin:0 0 1em}.dx-header>div{margin-bottom:.4em}.dx-header .top.c2 p{white-space:normal}table{min-width:36rem}p,li,h1,h2,h3,h4{text-indent:0}}
@media (min-width:100rem){body{font-size:24px}main{max-width:80rem}}
@counter-style dx-blank{system:cyclic;symbols:""}
@counter-style dx-page{system:extends decimal;range:2 infinite;fallback:dx-blank}
@page{size:A4;margin:20mm 15mm 20mm 30mm;@top-center{content:counter(page,dx-page);font:13pt "Times New Roman",serif}}
@page odd{counter-increment:dx-odd;counter-set:dx-even 0;@top-center{content:counter(dx-odd,dx-page)}}
@page even{counter-increment:dx-even;counter-set:dx-odd 0;@top-center{content:counter(dx-even,dx-page)}}
@page odd-landscape{size:A4 landscape;margin:30mm 20mm 15mm 20mm;counter-increment:dx-odd;counter-set:dx-even 0;@top-center{content:counter(dx-odd,dx-page)}}
@page even-landscape{size:A4 landscape;margin:30mm 20mm 15mm 20mm;counter-increment:dx-even;counter-set:dx-odd 0;@top-center{content:counter(dx-even,dx-page)}}
@media print{
body{background:none;font-size:14pt;line-height:1.3}
main{max-width:none;margin:0;padding:0;box-shadow:none}
hr{display:none}
.appendix{break-before:page;margin-top:0}
.appendix.odd{page:odd}
.appendix.even{page:even}
.appendix.odd.landscape{page:odd-landscape}
.appendix.even.landscape{page:even-landscape}
.table{overflow:visible}
table{font-size:12pt}
.dx-header{font-size:12pt;margin:0 0 1.2em 0}
tr{break-inside:avoid}
thead{display:table-header-group}
figure{break-inside:avoid}
}
`
  .trim()
  .replace(/\n/g, '');
