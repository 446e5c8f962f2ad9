// Labels of the search page's facets and highlights, merged into the dictionaries of ../i18n.ts.

export const registrySearchZh = {
  "rs.facets": "按结果筛选",
  "rs.facet.status": "证书状态",
  "rs.facet.productType": "产品类型",
  "rs.facet.frameCurrent": "壳架电流",
  "rs.facet.manufacturer": "制造商",
  "rs.facet.remove": "取消筛选：{label}",
  "rs.facet.count": "{count} 张证书",
  "rs.countAtLeast": "超过 {count} 张证书",
  "rs.facetsEstimated": "结果较多：筛选计数为按前面部分结果统计的估计值",
  "rs.matched": "匹配内容",
  "rs.field.number": "证书编号",
  "rs.field.name": "名称",
  "rs.field.model": "型号",
  "rs.field.factoryCode": "工厂编号",
  "rs.field.supplier": "关键件供应商",
  "rs.field.other": "其他",
};

export type RegistrySearchMessages = typeof registrySearchZh;

export const registrySearchEn: RegistrySearchMessages = {
  "rs.facets": "Narrow the results",
  "rs.facet.status": "Status",
  "rs.facet.productType": "Product type",
  "rs.facet.frameCurrent": "Frame current",
  "rs.facet.manufacturer": "Manufacturer",
  "rs.facet.remove": "Remove filter: {label}",
  "rs.facet.count": "{count} certificates",
  "rs.countAtLeast": "{count}+ certificates",
  "rs.facetsEstimated": "Many results: the counts below are estimates from the first ones",
  "rs.matched": "Matched",
  "rs.field.number": "Certificate number",
  "rs.field.name": "Name",
  "rs.field.model": "Model",
  "rs.field.factoryCode": "Factory code",
  "rs.field.supplier": "Key-component supplier",
  "rs.field.other": "Other",
};
