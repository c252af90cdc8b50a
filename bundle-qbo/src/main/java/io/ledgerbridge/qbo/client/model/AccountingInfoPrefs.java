package io.ledgerbridge.qbo.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;

/** Accounting preferences; transactions dated on or before {@code BookCloseDate} are refused (6210). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class AccountingInfoPrefs {
    @JsonProperty("BookCloseDate")
    private LocalDate bookCloseDate;
    @JsonProperty("ClassTrackingPerTxn")
    private Boolean classTrackingPerTxn;
    @JsonProperty("ClassTrackingPerTxnLine")
    private Boolean classTrackingPerTxnLine;
    @JsonProperty("TrackDepartments")
    private Boolean trackDepartments;
    @JsonProperty("UseAccountNumbers")
    private Boolean useAccountNumbers;
    @JsonProperty("CustomerTerminology")
    private String customerTerminology;
    @JsonProperty("DepartmentTerminology")
    private String departmentTerminology;

    public LocalDate getBookCloseDate() {
        return bookCloseDate;
    }

    public void setBookCloseDate(LocalDate bookCloseDate) {
        this.bookCloseDate = bookCloseDate;
    }

    public Boolean getClassTrackingPerTxn() {
        return classTrackingPerTxn;
    }

    public void setClassTrackingPerTxn(Boolean classTrackingPerTxn) {
        this.classTrackingPerTxn = classTrackingPerTxn;
    }

    public Boolean getClassTrackingPerTxnLine() {
        return classTrackingPerTxnLine;
    }

    public void setClassTrackingPerTxnLine(Boolean classTrackingPerTxnLine) {
        this.classTrackingPerTxnLine = classTrackingPerTxnLine;
    }

    public Boolean getTrackDepartments() {
        return trackDepartments;
    }

    public void setTrackDepartments(Boolean trackDepartments) {
        this.trackDepartments = trackDepartments;
    }

    public Boolean getUseAccountNumbers() {
        return useAccountNumbers;
    }

    public void setUseAccountNumbers(Boolean useAccountNumbers) {
        this.useAccountNumbers = useAccountNumbers;
    }

    public String getCustomerTerminology() {
        return customerTerminology;
    }

    public void setCustomerTerminology(String customerTerminology) {
        this.customerTerminology = customerTerminology;
    }

    public String getDepartmentTerminology() {
        return departmentTerminology;
    }

    public void setDepartmentTerminology(String departmentTerminology) {
        this.departmentTerminology = departmentTerminology;
    }
}
